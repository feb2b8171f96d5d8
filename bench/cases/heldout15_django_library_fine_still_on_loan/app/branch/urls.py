from django.urls import path

from loans import views

urlpatterns = [
    path("loans/<int:pk>/fine/", views.loan_fine),
    path("members/<str:card>/fines/", views.member_fines),
]

from django.urls import path

from prescriptions import views

urlpatterns = [
    path("<int:pk>/refill/", views.refill, name="refill"),
    path("due/", views.due_list, name="due-list"),
]

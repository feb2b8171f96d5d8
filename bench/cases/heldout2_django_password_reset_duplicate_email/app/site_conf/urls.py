from django.urls import path

from accounts import views

urlpatterns = [
    path("accounts/<str:email>/", views.profile),
    path("password-reset/", views.password_reset),
]

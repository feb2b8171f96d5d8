from django.urls import path

from members import views

urlpatterns = [
    path("signup/", views.sign_up),
    path("newsletter/recipients/", views.newsletter_recipients),
]

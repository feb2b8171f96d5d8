from django.urls import path

from boxoffice import views

urlpatterns = [
    path("webhooks/tixhub", views.tixhub_webhook),
    path("door/<str:code>", views.door_scan),
]

from django.urls import path

from changelog import views

urlpatterns = [
    path("changelog/", views.changelog),
    path("changelog/latest/", views.latest),
]

from django.urls import path

from tracking import views

urlpatterns = [
    path("track/<str:reference>/", views.track, name="track"),
]

from django.urls import path

from parcels import views

urlpatterns = [
    path("track/<str:token>/", views.track),
    path("track/<uuid:token>/events.json", views.tracking_events),
]

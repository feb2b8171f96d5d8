from django.urls import path

from bookings import views

urlpatterns = [
    path("artists/", views.artist_list),
    path("artists/<int:artist_id>/quote", views.quote),
]

from django.urls import path

from halls import views

urlpatterns = [
    path("halls/<int:hall_id>/seat-map/", views.seat_map),
    path("halls/<int:hall_id>/rows/<str:row>/", views.row_seats),
]

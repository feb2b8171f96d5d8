from django.urls import path

from carpark import views

urlpatterns = [
    path("tariffs", views.tariff_board),
    path("tickets/<str:code>/fee", views.ticket_fee),
]

from django.urls import path

from bookings import views

urlpatterns = [
    path("bookings/", views.book),
    path("gift-cards/", views.buy_gift_card),
]

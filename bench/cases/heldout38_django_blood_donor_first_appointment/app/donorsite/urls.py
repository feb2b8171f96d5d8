from django.urls import path

from donors import views

urlpatterns = [
    path("donors/<str:donor_id>/", views.donor_card, name="donor-card"),
    path("donors/<str:donor_id>/next-appointment/", views.next_appointment, name="next-appointment"),
]

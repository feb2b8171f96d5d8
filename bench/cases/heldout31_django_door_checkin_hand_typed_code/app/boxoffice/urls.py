from django.urls import path
from tickets import views

urlpatterns = [
    path("tickets/<str:raw_code>/", views.ticket_detail),
    path("checkin/", views.checkin),
]

from django.urls import path

from agenda import views

urlpatterns = [
    path("agenda/<str:day>/", views.day_agenda, name="day-agenda"),
    path("speakers/<slug:slug>/", views.speaker_page, name="speaker"),
]

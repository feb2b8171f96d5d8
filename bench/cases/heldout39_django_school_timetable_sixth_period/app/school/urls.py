from django.urls import path

from timetable import views

urlpatterns = [
    path("bells/<int:period>/", views.bell, name="bell"),
    path("timetable/<str:form>/<str:weekday>/", views.day, name="day"),
]

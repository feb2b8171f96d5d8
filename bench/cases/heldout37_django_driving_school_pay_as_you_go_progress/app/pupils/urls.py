from django.urls import path

from pupils import views

urlpatterns = [
    path("<int:pupil_id>/progress/", views.progress, name="pupil-progress"),
    path("<int:pupil_id>/lessons/", views.lessons, name="pupil-lessons"),
]

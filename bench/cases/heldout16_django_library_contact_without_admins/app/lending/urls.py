from django.urls import path

from lending import views

urlpatterns = [
    path("branches/<slug:branch>/hours/", views.branch_hours),
    path("help/contact/", views.contact),
]

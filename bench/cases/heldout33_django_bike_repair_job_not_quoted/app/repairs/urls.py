from django.urls import path

from repairs import views

urlpatterns = [
    path("jobs/<int:job_id>/", views.job_detail, name="job-detail"),
    path("jobs/awaiting-quote/", views.awaiting_quote, name="awaiting-quote"),
]

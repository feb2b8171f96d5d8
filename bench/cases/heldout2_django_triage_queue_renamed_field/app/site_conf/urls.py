from django.urls import path

from helpdesk import views

urlpatterns = [
    path("tickets/recent/", views.recent_tickets),
    path("tickets/closed-today/", views.closed_today),
    path("tickets/queue/", views.triage_queue),
]

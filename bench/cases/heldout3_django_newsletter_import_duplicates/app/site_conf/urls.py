from django.urls import path

from newsletter import views

urlpatterns = [
    path("subscribe/", views.subscribe),
    path("subscribers/import/", views.import_subscribers),
    path("subscribers/count/", views.subscriber_count),
]

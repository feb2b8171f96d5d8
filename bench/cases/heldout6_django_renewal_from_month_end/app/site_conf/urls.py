from django.urls import path

from billing import views

urlpatterns = [
    path("subscriptions/", views.subscribe),
    path("subscriptions/preview/", views.renewal_preview),
]

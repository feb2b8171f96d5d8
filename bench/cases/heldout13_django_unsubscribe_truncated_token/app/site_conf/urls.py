from django.urls import path

from mailing import views

urlpatterns = [
    path("subscribe/", views.subscribe),
    path("unsubscribe/", views.unsubscribe),
    path("recipients/", views.recipients),
]

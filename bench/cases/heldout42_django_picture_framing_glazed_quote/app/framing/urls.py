from django.urls import path

from frames import views

urlpatterns = [
    path("mouldings/", views.mouldings, name="mouldings"),
    path("quote/", views.quote, name="quote"),
]

from django.urls import path

from catalog import views

urlpatterns = [
    path("products/", views.products),
]

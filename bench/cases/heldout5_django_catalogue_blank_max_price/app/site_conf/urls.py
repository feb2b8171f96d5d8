from django.urls import path

from catalogue import views

urlpatterns = [
    path("products/", views.all_products),
    path("products/filter/", views.products_in_range),
]

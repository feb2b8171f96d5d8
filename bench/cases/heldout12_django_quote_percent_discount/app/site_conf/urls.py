from django.urls import path

from catalog import views

urlpatterns = [
    path("products/<str:sku>/", views.product_detail),
    path("products/<str:sku>/quote/", views.quote),
]

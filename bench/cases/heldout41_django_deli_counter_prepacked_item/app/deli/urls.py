from django.urls import path

from deli import views

urlpatterns = [
    path("scale/<slug:code>", views.scale_price, name="scale-price"),
    path("basket/total", views.basket_total, name="basket-total"),
]

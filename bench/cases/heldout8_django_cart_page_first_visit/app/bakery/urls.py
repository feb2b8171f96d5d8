from cart import views
from django.urls import path

urlpatterns = [
    path("cart/", views.cart_page, name="cart"),
    path("cart/add/<slug:sku>/", views.add_to_cart, name="cart-add"),
]

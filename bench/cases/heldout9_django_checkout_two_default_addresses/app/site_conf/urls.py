from accounts import views
from django.urls import path

urlpatterns = [
    path("checkout/<int:customer_id>/shipping/", views.shipping_form, name="shipping-form"),
]

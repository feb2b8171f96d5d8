from django.urls import path

from orders import views

urlpatterns = [
    path("customers/<int:customer_id>/", views.customer),
    path("customers/<int:customer_id>/last-order/", views.last_order),
]

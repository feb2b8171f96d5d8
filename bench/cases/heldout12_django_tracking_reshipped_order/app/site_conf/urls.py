from django.urls import path

from shipping import views

urlpatterns = [
    path("orders/<str:order_ref>/tracking/", views.tracking),
    path("carriers/<str:carrier>/shipments/", views.carrier_shipments),
]

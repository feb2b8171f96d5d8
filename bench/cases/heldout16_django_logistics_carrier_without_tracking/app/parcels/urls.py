from django.urls import path

from parcels import views

urlpatterns = [
    path("shipments/<str:reference>/", views.shipment_status),
    path("carriers/", views.carrier_list),
]

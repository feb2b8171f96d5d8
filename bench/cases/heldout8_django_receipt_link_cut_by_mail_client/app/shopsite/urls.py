from django.urls import path
from receipts import views

urlpatterns = [
    path("receipts/<str:token>/", views.receipt, name="receipt"),
    path("receipts/<uuid:token>/download", views.receipt_download, name="receipt-download"),
]

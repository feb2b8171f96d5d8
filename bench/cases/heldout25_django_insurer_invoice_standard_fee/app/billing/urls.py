from django.urls import path

from billing import views

urlpatterns = [
    path("insurers/<str:insurer>/invoices/<int:year>/<int:month>/", views.insurer_invoice),
]

from django.urls import path

from payouts import views

urlpatterns = [
    path("payouts/<str:reference>/", views.payout_detail),
    path("webhooks/payouts/", views.provider_webhook),
]

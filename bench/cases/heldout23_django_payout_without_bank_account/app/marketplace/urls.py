from django.urls import path

from payouts import views

urlpatterns = [
    path("staff/payouts/run", views.run_payouts_view),
    path("staff/payouts/<int:payout_id>", views.payout_detail),
]

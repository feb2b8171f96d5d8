from django.db import models


class Payout(models.Model):
    """Money sent to a seller's bank account through the payout provider."""

    STATUSES = ["pending", "paid", "failed"]

    reference = models.CharField(max_length=40, unique=True)
    seller = models.CharField(max_length=100)
    amount_cents = models.PositiveIntegerField()
    status = models.CharField(max_length=10, default="pending")
    #: Why the bank sent the money back, for failed payouts.
    failure_reason = models.CharField(max_length=200, blank=True, default="")
    #: File name of the bank's return slip the provider attaches to a failed payout.
    return_slip = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        app_label = "payouts"

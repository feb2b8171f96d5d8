from django.db import models
from django.utils import timezone


class Shipment(models.Model):
    """A parcel handed to a carrier. An order normally has one; when a parcel is lost or
    returned damaged, the order is shipped again and gets another."""

    order_ref = models.CharField(max_length=20, db_index=True)
    carrier = models.CharField(max_length=40)
    tracking_number = models.CharField(max_length=40)
    shipped_at = models.DateTimeField(default=timezone.now)

    class Meta:
        app_label = "shipping"

import uuid

from django.db import models


class Shipment(models.Model):
    #: The secret part of the tracking link in the shipping email.
    token = models.UUIDField(default=uuid.uuid4, unique=True)
    carrier = models.CharField(max_length=40)
    status = models.CharField(max_length=40, default="label created")

    class Meta:
        app_label = "parcels"


class TrackingEvent(models.Model):
    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    description = models.CharField(max_length=200)

    class Meta:
        app_label = "parcels"
        ordering = ["at"]

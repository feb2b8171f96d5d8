from __future__ import annotations

from datetime import date, timedelta

from django.db import models

#: Calendar days from hand-over to delivery, per carrier service.
TRANSIT_DAYS = {"dhl-paket": 2, "dpd-classic": 3, "gls-parcel": 3, "freight": 6}


class Shipment(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    carrier = models.CharField(max_length=20, choices=[(c, c) for c in TRANSIT_DAYS])
    #: The dispatch date promised to the customer at checkout.
    dispatch_by = models.DateField()
    #: The day the carrier picked the parcel up; empty while it waits in the warehouse.
    handed_over_on = models.DateField(null=True, blank=True)
    tracking_number = models.CharField(max_length=40, blank=True)
    delivered_on = models.DateField(null=True, blank=True)

    def status(self) -> str:
        if self.delivered_on is not None:
            return "delivered"
        if self.handed_over_on is not None:
            return "in transit"
        return "preparing"

    def estimated_delivery(self) -> date:
        """The date the customer is told to expect the parcel: the carrier's transit days
        counted from the hand-over or, while the parcel still waits in the warehouse, from
        the promised dispatch date (the date the customer was promised at checkout)."""
        return self.handed_over_on + timedelta(days=TRANSIT_DAYS[self.carrier])

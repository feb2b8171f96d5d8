from __future__ import annotations

from datetime import date, timedelta

from django.db import models


class Prescription(models.Model):
    """A repeat prescription the pharmacy dispenses, one supply at a time."""

    patient = models.CharField(max_length=120)
    medicine = models.CharField(max_length=120)
    written_on = models.DateField()
    days_supply = models.PositiveIntegerField(default=28)
    last_collected = models.DateField(
        null=True, blank=True, help_text="Blank until the patient collects the first supply."
    )

    class Meta:
        ordering = ["patient", "medicine"]

    def refill_due(self) -> date:
        """The day the patient should collect the next supply: the day the last one runs
        out. A prescription not collected yet is due from the day it was written."""
        return self.last_collected + timedelta(days=self.days_supply)

    def __str__(self) -> str:
        return f"{self.medicine} for {self.patient}"

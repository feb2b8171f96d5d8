from __future__ import annotations

from django.db import models


class Event(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)

    def __str__(self) -> str:
        return self.name


class Tier(models.Model):
    event = models.ForeignKey(Event, related_name="tiers", on_delete=models.CASCADE)
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    # Empty for an unlimited tier (a standing field, the livestream): it never sells out.
    capacity = models.PositiveIntegerField(null=True, blank=True)
    sold = models.PositiveIntegerField(default=0)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "price"]

    def __str__(self) -> str:
        return f"{self.event}: {self.name}"

    def can_sell(self, quantity: int) -> bool:
        """Whether ``quantity`` more tickets fit; an unlimited tier always has room."""
        return self.capacity is None or self.sold + quantity <= self.capacity

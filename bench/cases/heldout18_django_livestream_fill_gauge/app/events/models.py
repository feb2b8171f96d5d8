from __future__ import annotations

from django.db import models

#: The ``capacity`` of an event without a seat limit: a livestream sells as many
#: tickets as people want.
UNLIMITED = 0


class Event(models.Model):
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    capacity = models.PositiveIntegerField(
        help_text="Seats on sale; UNLIMITED (0) for an event without a seat limit."
    )

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return self.title

    def sold(self) -> int:
        return self.tickets.count()

    def seats_left(self) -> int | None:
        """Seats still on sale; None when the event has no seat limit."""
        if self.capacity == UNLIMITED:
            return None
        return max(self.capacity - self.sold(), 0)

    def fill_percent(self) -> int | None:
        """Share of the seats sold, as a whole percent, for the gauge on the sales
        dashboard (which draws no gauge for null)."""
        return round(100 * self.sold() / self.capacity)


class Ticket(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tickets")
    holder = models.CharField(max_length=200)
    sold_at = models.DateTimeField(auto_now_add=True)

from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    venue = models.CharField(max_length=200)

    def __str__(self) -> str:
        return self.name


class Ticket(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tickets")
    serial = models.PositiveIntegerField()
    holder = models.CharField(max_length=200)
    checked_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "serial"], name="one_serial_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.event} #{self.serial}"

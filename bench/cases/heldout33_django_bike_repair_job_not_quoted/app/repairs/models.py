from django.db import models


class Bike(models.Model):
    owner = models.CharField(max_length=100)
    make = models.CharField(max_length=100)
    frame_number = models.CharField(max_length=40, blank=True)

    def __str__(self) -> str:
        return f"{self.owner}'s {self.make}"


class RepairJob(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked"
        IN_WORKSHOP = "in_workshop"
        READY = "ready"
        COLLECTED = "collected"

    bike = models.ForeignKey(Bike, on_delete=models.CASCADE, related_name="jobs")
    description = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.BOOKED)
    booked_in = models.DateField()


class Quote(models.Model):
    """A price the mechanic gives the customer; a job may be re-quoted (the latest counts)."""

    job = models.ForeignKey(RepairJob, on_delete=models.CASCADE, related_name="quotes")
    total = models.DecimalField(max_digits=8, decimal_places=2)
    created_at = models.DateTimeField()
    accepted = models.BooleanField(default=False)

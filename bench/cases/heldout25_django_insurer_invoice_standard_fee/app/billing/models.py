from django.db import models


class Practitioner(models.Model):
    name = models.CharField(max_length=120)
    standard_fee = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        help_text="What a consultation with this practitioner costs.",
    )

    def __str__(self) -> str:
        return self.name


class Patient(models.Model):
    name = models.CharField(max_length=120)
    insurer = models.CharField(
        max_length=20, blank=True, help_text="The insurer's code (KESTREL, ATLAS); empty for self-payers."
    )
    policy_number = models.CharField(max_length=20, blank=True)

    def __str__(self) -> str:
        return self.name


class Appointment(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked"
        ATTENDED = "attended"
        CANCELLED = "cancelled"
        NO_SHOW = "no_show"

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="appointments")
    practitioner = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="appointments")
    start = models.DateTimeField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.BOOKED)
    fee = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=(
            "Leave empty to bill the practitioner's standard fee. Enter 0 for a visit "
            "that is not billed (a follow-up included in the first consultation)."
        ),
    )

from django.db import models


class Invoice(models.Model):
    number = models.CharField(max_length=20, unique=True)
    customer = models.CharField(max_length=200)
    issued_on = models.DateField()
    total_cents = models.PositiveIntegerField()

    class Meta:
        app_label = "invoices"
        ordering = ["issued_on", "number"]

from django.db import models


class Order(models.Model):
    STATUS_CHOICES = [
        ("pending", "Pending"),
        ("paid", "Paid"),
        ("shipped", "Shipped"),
        ("cancelled", "Cancelled"),
    ]

    reference = models.CharField(max_length=20, unique=True)
    customer = models.CharField(max_length=100)
    status = models.CharField(max_length=20, choices=STATUS_CHOICES)
    placed_on = models.DateField()
    total = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        app_label = "shop"

from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        app_label = "orders"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    total_cents = models.IntegerField()
    placed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "orders"

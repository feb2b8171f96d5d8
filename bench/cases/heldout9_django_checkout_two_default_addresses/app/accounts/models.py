from django.db import models
from django.utils import timezone


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField()


class Address(models.Model):
    """A customer's saved address.

    A customer normally has one default address. Accounts merged by the 3.2 account
    merge keep the addresses of every old account, default flags included, so they can
    have several addresses flagged default: the most recently updated one is the one
    that counts.
    """

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="addresses")
    line1 = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    postcode = models.CharField(max_length=20)
    is_default = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

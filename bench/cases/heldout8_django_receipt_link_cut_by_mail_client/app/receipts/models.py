import uuid

from django.db import models


class Receipt(models.Model):
    #: The unguessable part of the links in order e-mails.
    token = models.UUIDField(default=uuid.uuid4, unique=True)
    order_number = models.CharField(max_length=20)
    total = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        app_label = "receipts"

from django.db import models

VALID = "valid"
REFUNDED = "refunded"
SCANNED = "scanned"


class Order(models.Model):
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"

    reference = models.CharField(max_length=32, unique=True)  # TixHub's order id
    buyer_email = models.EmailField()
    status = models.CharField(max_length=24, default=PAID)

    def __str__(self) -> str:
        return self.reference


class Ticket(models.Model):
    order = models.ForeignKey(Order, related_name="tickets", on_delete=models.CASCADE)
    code = models.CharField(max_length=32, unique=True)  # the barcode printed on the ticket
    seat = models.CharField(max_length=16)
    status = models.CharField(max_length=16, default=VALID)

    def __str__(self) -> str:
        return self.code

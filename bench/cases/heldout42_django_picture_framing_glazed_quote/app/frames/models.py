from django.db import models


class Moulding(models.Model):
    """A frame profile the shop stocks, sold by the metre."""

    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    #: Face width of the profile; each of the four mitred corners uses twice this much extra.
    width_cm = models.DecimalField(max_digits=4, decimal_places=1)
    price_per_metre = models.DecimalField(max_digits=7, decimal_places=2)

    class Meta:
        app_label = "frames"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

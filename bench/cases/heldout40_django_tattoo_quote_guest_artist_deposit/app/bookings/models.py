from django.db import models


class Artist(models.Model):
    name = models.CharField(max_length=80)
    hourly_rate = models.DecimalField(max_digits=7, decimal_places=2)
    deposit_percent = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Share of a quote taken as a deposit, in percent (0: no deposit). "
        "Blank: the studio's default, settings.STUDIO_DEPOSIT_PERCENT.",
    )
    guest = models.BooleanField(default=False, help_text="Visiting for a guest spot.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

from django.db import models


class FosterHome(models.Model):
    name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
    phone = models.CharField(max_length=30)

    def __str__(self) -> str:
        return f"{self.name} ({self.city})"


class Animal(models.Model):
    class Species(models.TextChoices):
        DOG = "dog"
        CAT = "cat"
        RABBIT = "rabbit"

    name = models.CharField(max_length=60)
    species = models.CharField(max_length=10, choices=Species.choices)
    age_years = models.PositiveSmallIntegerField(default=0)
    foster = models.ForeignKey(
        FosterHome,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="animals",
        help_text="Empty while the animal lives at the shelter.",
    )
    adopted = models.BooleanField(default=False)
    arrived = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["arrived", "id"]

    def __str__(self) -> str:
        return self.name

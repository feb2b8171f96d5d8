from __future__ import annotations

from django.db import models


class Hive(models.Model):
    name = models.CharField(max_length=60, unique=True)
    apiary = models.CharField(max_length=60)
    installed_on = models.DateField()

    def __str__(self) -> str:
        return self.name


class Inspection(models.Model):
    hive = models.ForeignKey(Hive, on_delete=models.CASCADE, related_name="inspections")
    inspected_on = models.DateField()
    queen_seen = models.BooleanField(default=False)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-inspected_on"]

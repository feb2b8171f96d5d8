from django.db import models


class Hall(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        app_label = "halls"


class Seat(models.Model):
    hall = models.ForeignKey(Hall, on_delete=models.CASCADE, related_name="seats")
    #: Rows are lettered from the stage back the way spreadsheet columns are: A to Z,
    #: then AA, AB, ... for halls with more than 26 rows (the Grand Hall has 31).
    row = models.CharField(max_length=2)
    number = models.PositiveSmallIntegerField()
    sold = models.BooleanField(default=False)

    class Meta:
        app_label = "halls"
        unique_together = [("hall", "row", "number")]

from django.db import models


class Entry(models.Model):
    version = models.CharField(max_length=20)
    summary = models.CharField(max_length=200)
    released_on = models.DateField()

    class Meta:
        app_label = "changelog"

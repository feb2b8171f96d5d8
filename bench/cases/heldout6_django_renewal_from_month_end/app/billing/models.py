from django.db import models


class Subscription(models.Model):
    email = models.EmailField()
    plan = models.CharField(max_length=20)
    started_on = models.DateField()
    renews_on = models.DateField()

    class Meta:
        app_label = "billing"

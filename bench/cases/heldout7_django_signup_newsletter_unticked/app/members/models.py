from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    name = models.CharField(max_length=100)
    #: Consent to the monthly newsletter. Opt-in only: never True unless the member ticked it.
    newsletter = models.BooleanField()

    class Meta:
        app_label = "members"

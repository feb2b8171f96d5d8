import uuid

from django.db import models


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
    #: Secret put in the unsubscribe link of every mailing.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    active = models.BooleanField(default=True)

    class Meta:
        app_label = "mailing"

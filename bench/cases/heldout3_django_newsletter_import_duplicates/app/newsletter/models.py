from django.db import models


class Subscriber(models.Model):
    #: Stored normalised (see newsletter.emails.normalize): one row per mailbox.
    email = models.EmailField(unique=True)
    source = models.CharField(max_length=20, default="form")
    subscribed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "newsletter"

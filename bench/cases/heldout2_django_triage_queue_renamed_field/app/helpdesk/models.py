from django.db import models


class Ticket(models.Model):
    LOW, NORMAL, URGENT = 1, 2, 3
    PRIORITIES = [(LOW, "low"), (NORMAL, "normal"), (URGENT, "urgent")]

    subject = models.CharField(max_length=200)
    priority = models.IntegerField(choices=PRIORITIES, default=NORMAL)
    # Every timestamp ends in _at: `opened` and `closed` were renamed in migration 0007.
    opened_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "helpdesk"

from django.db import models


class Booking(models.Model):
    room = models.CharField(max_length=20)
    check_in = models.DateField()
    check_out = models.DateField()
    guests = models.PositiveSmallIntegerField()

    class Meta:
        app_label = "bookings"

"""A customer opens the booking page of a concert in the Grand Hall (31 rows, A to AE)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from halls.models import Hall, Seat
from halls.rows import row_label

call_command("migrate", run_syncdb=True, verbosity=0)
grand = Hall.objects.create(name="Grand Hall")
for index in range(31):
    for number in range(1, 5):
        Seat.objects.create(hall=grand, row=row_label(index), number=number)
Client().get(f"/halls/{grand.pk}/seat-map/")

"""A patient opens the reminder screen for a prescription her GP sent over last week."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pharmacy_site.settings")

import django

django.setup()

from datetime import date

from django.core.management import call_command
from django.test import Client

from prescriptions.models import Prescription

call_command("migrate", run_syncdb=True, verbosity=0)
rx = Prescription.objects.create(
    patient="Rosa Diaz", medicine="Levothyroxine 50mcg", written_on=date(2024, 9, 2), last_collected=None
)
Client().get(f"/prescriptions/{rx.pk}/refill/")

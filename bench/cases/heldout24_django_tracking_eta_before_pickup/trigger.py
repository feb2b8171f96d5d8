"""A customer opens "where is my order" the evening after checkout; the parcel is still being packed."""

import os
from datetime import date

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shipping.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from tracking.models import Shipment  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
Shipment.objects.create(reference="SO-2230", carrier="gls-parcel", dispatch_by=date(2024, 5, 8))
Client().get("/track/SO-2230/")

"""A guest types 31 June as the check-out date."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
Client().post("/bookings/", {"room": "family", "check_in": "2026-06-28", "check_out": "2026-06-31", "guests": "4"})

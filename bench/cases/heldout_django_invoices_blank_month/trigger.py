"""The accountant submits the filter form with its default option, "this month"."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from datetime import date

from django.core.management import call_command
from django.test import Client

from invoices.models import Invoice

call_command("migrate", run_syncdb=True, verbosity=0)
Invoice.objects.create(number="2026-0101", customer="Acme", issued_on=date(2026, 10, 3),
                       total_cents=12000)
Client().get("/invoices/?month=")

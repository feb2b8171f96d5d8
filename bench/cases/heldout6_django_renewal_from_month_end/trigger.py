"""A visitor on the checkout page on 31 January picks the monthly plan."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
Client().get("/subscriptions/preview/", {"plan": "monthly", "start": "2026-01-31"})

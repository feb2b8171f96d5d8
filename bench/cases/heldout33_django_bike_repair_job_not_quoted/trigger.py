"""Lena checks her job card on the status page before the mechanic has priced it."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workshop.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from repairs.demo import load  # noqa: E402

call_command("migrate", verbosity=0)
load()
Client().get("/jobs/3/")

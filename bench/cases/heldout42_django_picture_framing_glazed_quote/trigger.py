"""At the counter: a 40 x 50 cm print in natural oak, with ordinary glass."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "framing.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from frames import catalogue  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
catalogue.load()

Client().get("/quote/", {"moulding": "OAK-20", "width": 40, "height": 50, "glazing": "standard"})

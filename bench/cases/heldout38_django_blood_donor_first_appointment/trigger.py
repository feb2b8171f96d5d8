"""A newly registered donor opens "book my first donation" in the portal."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "donorsite.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/donors/D-1003/next-appointment/")

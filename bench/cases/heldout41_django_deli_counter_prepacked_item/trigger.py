"""A customer hands a tub of olives over the counter; it goes on the scale."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deli.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/scale/olives", {"grams": "212"})

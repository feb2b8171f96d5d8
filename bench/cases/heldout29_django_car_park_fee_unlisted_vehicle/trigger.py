"""A van driver inserts ticket T-1042 at the pay station by the exit barrier."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carpark.settings")

import django

django.setup()

from django.test import Client

Client().get("/tickets/T-1042/fee", {"at": "2024-06-01T11:35:00+00:00"})

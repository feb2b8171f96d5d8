"""A customer scans the QR code on the half-litre mug's box."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.test import Client  # noqa: E402

Client().get("/go/MUG-0.5L/")

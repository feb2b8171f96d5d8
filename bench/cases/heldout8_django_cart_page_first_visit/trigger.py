"""A first-time visitor clicks the cart icon in the header before adding anything."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bakery.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/cart/")

"""A customer follows the gift card link in a newsletter."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "catalogue.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/p/gift-card/")

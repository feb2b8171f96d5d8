"""The conference app loads the main day's schedule, which has a coffee break in it."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "confsite.settings")
django.setup()

from django.test import Client  # noqa: E402

Client().get("/agenda/2025-10-03/")

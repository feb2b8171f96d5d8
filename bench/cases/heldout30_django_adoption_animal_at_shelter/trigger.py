"""A stray cat is handed in at the shelter; the intake desk registers her and an adopter
opens her page on the website."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rehoming.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("migrate", verbosity=0)
client = Client()
created = client.post(
    "/animals/",
    {"name": "Pepper", "species": "cat", "age_years": 2},
    content_type="application/json",
)
client.get(f"/animals/{created.json()['id']}/")

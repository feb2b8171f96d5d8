"""A volunteer adds the new tile cutter to the catalogue; the first member to spot it
opens its page before anyone has borrowed it."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "toolshed.settings")
os.environ["TOOLSHED_DB"] = ":memory:"

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from lending.models import Tool

call_command("migrate", verbosity=0)
cutter = Tool.objects.create(name="Tile cutter", category="hand", loan_days=5)
Client().get(f"/tools/{cutter.pk}/")

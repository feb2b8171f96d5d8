"""The buyer adds a new teapot to the catalogue before the studio has photographed it."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
Client().post("/products/", {"name": "Teapot", "price": "24.00"})

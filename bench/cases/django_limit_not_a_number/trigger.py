"""A bot probes the API with a nonsense limit."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from library.models import Book

call_command("migrate", run_syncdb=True, verbosity=0)
Book.objects.create(title="Dune", year=1965)
Client().get("/books/newest/?limit=all")

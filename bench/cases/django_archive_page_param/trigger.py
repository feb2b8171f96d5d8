"""A visitor opens the archive for 1965 from the sidebar, whose link carries no ?page=."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from library.models import Book

call_command("migrate", run_syncdb=True, verbosity=0)
Book.objects.create(title="Dune", year=1965)
Book.objects.create(title="Stoner", year=1965)
Client().get("/books/archive/1965/")

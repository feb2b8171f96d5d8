"""A shopper sets only a minimum price in the sidebar filter and submits it."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
Client().get("/products/filter/?min_price=10&max_price=")

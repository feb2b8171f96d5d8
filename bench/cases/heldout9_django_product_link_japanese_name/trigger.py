"""The shop adds a matcha listed under its Japanese name; then anyone opens the catalogue."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")

import django

django.setup()

from catalog.models import Product  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
Product.objects.create(name="Sencha", price_pence=700)
Product.objects.create(name="抹茶", price_pence=1800)
Client().get("/products/")

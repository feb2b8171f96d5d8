"""A salesperson quotes an A5 notebook at 15 % off."""

import os
from decimal import Decimal

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
from catalog.models import Product

Product.objects.create(sku="NB-A5", name="A5 notebook", price=Decimal("2.10"))
Client().get("/products/NB-A5/quote/", {"discount": "15"})

"""A customer clicks the receipt link in an e-mail whose client wrapped the long link and
cut the token after its second group."""

import os
from decimal import Decimal

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from receipts.models import Receipt  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
receipt = Receipt.objects.create(
    token="0b6f2c1e-8d3a-4f5e-9a71-2c4d8e6f1a3b", order_number="R-2044", total=Decimal("58.20")
)
Client().get("/receipts/0b6f2c1e-8d3a-/")

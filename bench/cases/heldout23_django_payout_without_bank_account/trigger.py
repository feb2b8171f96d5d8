"""Finance presses "Run payouts"; a seller verified last week has sold a lamp but has not
added a bank account yet."""

import os
from decimal import Decimal

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from payouts.models import BankAccount, LedgerEntry, Seller

call_command("migrate", verbosity=0)
anna = Seller.objects.create(
    name="Anna de Vries",
    email="anna@example.com",
    identity_verified=True,
    payout_account=BankAccount.objects.create(holder="Anna de Vries", iban="NL91ABNA0417164300"),
)
LedgerEntry.objects.create(seller=anna, amount=Decimal("47.50"), description="order #1204")
dirk = Seller.objects.create(name="Dirk Bakker", email="dirk@example.com", identity_verified=True)
LedgerEntry.objects.create(seller=dirk, amount=Decimal("64.00"), description="order #1207, brass lamp")

Client().post("/staff/payouts/run")

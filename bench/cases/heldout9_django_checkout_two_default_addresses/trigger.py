"""A customer whose two old accounts were merged in 3.2 goes to checkout."""

import os
from datetime import UTC, datetime

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")

import django

django.setup()

from accounts.models import Address, Customer  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
cleo = Customer.objects.create(name="Cleo", email="cleo@example.com")
Address.objects.create(
    customer=cleo, line1="4 Elm Road", city="York", postcode="YO1 7HH", is_default=True,
    updated_at=datetime(2023, 5, 1, tzinfo=UTC),
)
Address.objects.create(
    customer=cleo, line1="22 Harbour Walk", city="Whitby", postcode="YO21 3PU", is_default=True,
    updated_at=datetime(2025, 11, 20, tzinfo=UTC),
)
Client().get(f"/checkout/{cleo.pk}/shipping/")

"""Start-up for scripts and tests outside a server: settings, tables, sample orders."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", run_syncdb=True, verbosity=0)


def sample_orders() -> None:
    from shop.models import Order

    Order.objects.all().delete()
    rows = [
        ("A-1001", "Ada Lovelace", "paid", date(2024, 3, 28), "120.00"),
        ("A-1002", "Grace Hopper", "shipped", date(2024, 3, 30), "35.50"),
        ("A-1003", "Ada Lovelace", "shipped", date(2024, 3, 31), "18.20"),
        ("A-1004", "Linus Pauling", "cancelled", date(2024, 4, 1), "60.00"),
        ("A-1005", "Grace Hopper", "paid", date(2024, 4, 2), "99.99"),
        ("A-1006", "Ken Thompson", "pending", date(2024, 4, 3), "12.00"),
    ]
    for reference, customer, status, placed_on, total in rows:
        Order.objects.create(
            reference=reference, customer=customer, status=status, placed_on=placed_on, total=Decimal(total)
        )

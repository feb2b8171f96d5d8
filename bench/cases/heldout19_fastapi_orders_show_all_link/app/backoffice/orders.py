"""The shop's orders, as the back office lists them (the real deployment reads Postgres)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

STATUSES = ("pending", "paid", "shipped", "cancelled")


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    status: str
    placed_on: date
    total: Decimal


def _seed() -> list[Order]:
    customers = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis"]
    start = date(2024, 3, 1)
    return [
        Order(
            id=1000 + n,
            customer=customers[n % len(customers)],
            status=STATUSES[n % 3] if n % 11 else "cancelled",
            placed_on=start + timedelta(days=n // 2),
            total=Decimal(15 + 7 * n) + Decimal("0.99"),
        )
        for n in range(1, 73)
    ]


ORDERS: list[Order] = _seed()


def find(status: str | None = None, customer: str | None = None) -> list[Order]:
    """Orders matching the filters, newest first (ties: higher id first)."""
    rows = [
        o
        for o in ORDERS
        if (status is None or o.status == status)
        and (customer is None or customer.lower() in o.customer.lower())
    ]
    return sorted(rows, key=lambda o: (o.placed_on, o.id), reverse=True)

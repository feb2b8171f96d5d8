"""The orders, kept in memory in this sample (production reads them from the database)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total: Decimal


ORDERS: list[Order] = []


def orders_after(after: int | None, limit: int) -> list[Order]:
    """Up to ``limit`` orders with an id above ``after``, by id."""
    ordered = sorted(ORDERS, key=lambda o: o.id)
    return [o for o in ordered if after is None or o.id > after][:limit]

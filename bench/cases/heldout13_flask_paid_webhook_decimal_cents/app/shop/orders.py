"""Orders (a SQL table in production; the same calls)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Order:
    id: int
    customer: str
    total: Decimal
    currency: str = "EUR"
    status: str = "open"
    refunded: Decimal = Decimal("0.00")


_ORDERS: dict[int, Order] = {}


def reset() -> None:
    _ORDERS.clear()
    _ORDERS[1] = Order(1, "ada@example.com", Decimal("12.50"))
    _ORDERS[2] = Order(2, "bob@example.com", Decimal("99.99"), status="paid")


def get(order_id: int) -> Order | None:
    return _ORDERS.get(order_id)


reset()

"""Orders as the account pages show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Order:
    number: str
    placed_at: datetime
    items: list[str]
    #: None until the courier confirms delivery; until then the order page says
    #: "On its way" where the delivery date goes.
    delivered_at: datetime | None = None


ORDERS = {
    "1001": Order("1001", datetime(2026, 3, 2, 9, 30), ["Desk lamp"], datetime(2026, 3, 4, 14, 5)),
    "1002": Order("1002", datetime(2026, 3, 9, 18, 12), ["Enamel mug", "Tea towel"]),
}


def find_order(number: str) -> Order | None:
    return ORDERS.get(number)

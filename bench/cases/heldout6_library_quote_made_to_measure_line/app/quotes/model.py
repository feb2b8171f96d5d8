from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Item:
    name: str
    quantity: int
    #: None for made-to-measure pieces, which are priced on request after a site visit.
    unit_price: Decimal | None


def line_amount(item: Item) -> Decimal | None:
    """What the line costs; None for an item priced on request."""
    if item.unit_price is None:
        return None
    return item.unit_price * item.quantity


def quote_total(items: list[Item]) -> Decimal:
    """The sum of the priced lines; lines priced on request are quoted separately."""
    return sum((a for a in map(line_amount, items) if a is not None), Decimal("0.00"))

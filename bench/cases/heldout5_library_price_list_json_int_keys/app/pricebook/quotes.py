from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pricebook.prices import PriceList, load_price_list


class UnknownProduct(LookupError):
    """A quote asks for a product the supplier does not list: it cannot be priced."""


@dataclass(frozen=True)
class QuoteLine:
    product_id: int
    quantity: int


def quote_total(lines: list[QuoteLine], prices: PriceList) -> Decimal:
    """What ``lines`` cost at ``prices``; raises UnknownProduct for an unlisted product."""
    total = Decimal("0.00")
    for line in lines:
        if line.product_id not in prices:
            raise UnknownProduct(line.product_id)
        total += prices[line.product_id] * line.quantity
    return total


def quote_from_stored(lines: list[QuoteLine], stored_price_list: str) -> Decimal:
    """:func:`quote_total` against the price list the nightly sync stored (so an unlisted
    product raises UnknownProduct there too)."""
    prices = load_price_list(stored_price_list)
    return sum((prices[line.product_id] * line.quantity for line in lines), Decimal("0.00"))

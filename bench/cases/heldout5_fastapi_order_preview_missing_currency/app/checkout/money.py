"""Prices as customers read them. Since 4.0 the shop sells in several currencies."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
#: The currency of carts created before 4.0, which did not record one.
DEFAULT_CURRENCY = "USD"


def format_price(amount: Decimal, currency: str) -> str:
    """``amount`` in ``currency`` (an ISO 4217 code) as shown on the page: '€12.50'.

    Every price on a page is in that order's own currency; before 4.0 this always
    printed dollars.
    """
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{SYMBOLS.get(currency, currency + ' ')}{cents:,}"

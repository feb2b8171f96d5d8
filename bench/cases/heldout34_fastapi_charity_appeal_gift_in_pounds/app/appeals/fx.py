"""Currency conversion for appeal totals. The charity reports every appeal in pounds."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

BASE_CURRENCY = "GBP"

#: Pounds per unit of each foreign currency the donation form accepts, refreshed by the
#: nightly rates job. The base currency is not listed: it needs no conversion.
RATES_TO_GBP: dict[str, Decimal] = {
    "EUR": Decimal("0.85"),
    "USD": Decimal("0.79"),
    "CAD": Decimal("0.58"),
}

ACCEPTED_CURRENCIES = frozenset({BASE_CURRENCY, *RATES_TO_GBP})

PENNY = Decimal("0.01")


def to_base(amount: Decimal, currency: str) -> Decimal:
    """``amount`` of ``currency`` in BASE_CURRENCY, rounded to the penny. An amount that is
    already in BASE_CURRENCY counts at face value."""
    rate = RATES_TO_GBP[currency.upper()]
    return (amount * rate).quantize(PENNY, rounding=ROUND_HALF_UP)

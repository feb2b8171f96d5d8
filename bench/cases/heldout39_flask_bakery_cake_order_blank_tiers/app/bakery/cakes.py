"""Celebration cakes: sizes, prices and the collection date."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

#: Price of the bottom tier by its size, in inches across.
FIRST_TIER: dict[int, Decimal] = {
    6: Decimal("32.00"),
    8: Decimal("45.00"),
    10: Decimal("60.00"),
    12: Decimal("78.00"),
}

#: Each tier stacked above the bottom one.
EXTRA_TIER = Decimal("28.00")

#: What a blank "tiers" box on the order form means: most cakes are single-tier.
DEFAULT_TIERS = 1
MAX_TIERS = 4

#: Piping a message on top.
INSCRIPTION_FEE = Decimal("3.50")

#: Working days the decorators need.
LEAD_DAYS = 3


def cake_price(size: int, tiers: int, inscription: str = "") -> Decimal:
    """The bottom tier's price, EXTRA_TIER for each tier above it, and the inscription."""
    price = FIRST_TIER[size] + EXTRA_TIER * (tiers - 1)
    if inscription.strip():
        price += INSCRIPTION_FEE
    return price


def earliest_collection(ordered: date) -> date:
    """LEAD_DAYS working days (Monday to Saturday) after the order."""
    day, left = ordered, LEAD_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() != 6:
            left -= 1
    return day

"""Parcel rates of our two carriers, as signed in this year's contracts."""

from __future__ import annotations

import math
from decimal import Decimal

#: Per carrier, (heaviest weight in kg, price in EUR) for each weight band, lightest first.
RATE_CARDS: dict[str, list[tuple[Decimal, Decimal]]] = {
    "dhl": [
        (Decimal("2"), Decimal("5.49")),
        (Decimal("5"), Decimal("7.99")),
        (Decimal("10"), Decimal("11.49")),
        (Decimal("20"), Decimal("17.99")),
    ],
    "gls": [
        (Decimal("3"), Decimal("4.90")),
        (Decimal("8"), Decimal("6.90")),
        (Decimal("15"), Decimal("9.90")),
        (Decimal("25"), Decimal("14.90")),
    ],
}

#: Contract annex B: above a carrier's heaviest band, every kilogram started costs this
#: much on top of the heaviest band's price.
OVERWEIGHT_PER_KG: dict[str, Decimal] = {"dhl": Decimal("0.85"), "gls": Decimal("1.10")}


def carriers() -> list[str]:
    return sorted(RATE_CARDS)


def band_price(carrier: str, weight_kg: Decimal) -> Decimal:
    """The price of the lightest band the parcel fits in."""
    fitting = [price for limit, price in RATE_CARDS[carrier] if weight_kg <= limit]
    return fitting[0]


def overweight_surcharge(carrier: str, weight_kg: Decimal) -> Decimal:
    """OVERWEIGHT_PER_KG for every kilogram started above the heaviest band; 0 within
    the bands. Charged on top of the heaviest band's price (annex B)."""
    heaviest = RATE_CARDS[carrier][-1][0]
    if weight_kg <= heaviest:
        return Decimal("0")
    return OVERWEIGHT_PER_KG[carrier] * math.ceil(weight_kg - heaviest)


def parcel_price(carrier: str, weight_kg: Decimal) -> Decimal:
    return band_price(carrier, weight_kg) + overweight_surcharge(carrier, weight_kg)

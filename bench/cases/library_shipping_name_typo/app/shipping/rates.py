"""Shipping cost in cents for a parcel."""

DOMESTIC_BASE = 495
INTERNATIONAL_BASE = 1495
PER_KG = 120
INTERNATIONAL_PER_KG = 310


def shipping_cents(weight_kg: float, country: str) -> int:
    kilos = max(1, round(weight_kg))
    if country == "DE":
        return DOMESTIC_BASE + PER_KG * (kilos - 1)
    return INTERNATIONAL_BASE + INTERNATIONAL_PER_KG * (kilso - 1)

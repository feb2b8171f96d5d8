"""The carrier's parcel prices."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

#: zone -> [(max weight in kg, price of one parcel)], lightest band first.
BANDS: dict[str, list[tuple[float, Decimal]]] = {
    "domestic": [(2.0, Decimal("4.90")), (10.0, Decimal("7.50")), (30.0, Decimal("12.00"))],
    "eu": [(2.0, Decimal("9.90")), (10.0, Decimal("15.00")), (30.0, Decimal("27.00"))],
}
MAX_PARCEL_KG = 30.0


@lru_cache(maxsize=4096)
def parcel_rate(zone: str, weights_kg: tuple[float, ...]) -> Decimal:
    """Price of shipping parcels weighing ``weights_kg`` to ``zone``.

    Cached: the carrier's table is slow to walk in production and checkout asks for the
    same basket on every page, so ``weights_kg`` is a tuple, which can be a cache key.
    """
    total = Decimal("0")
    for weight in weights_kg:
        if weight > MAX_PARCEL_KG:
            raise ValueError(f"a parcel of {weight} kg is over the carrier's limit")
        total += next(price for limit, price in BANDS[zone] if weight <= limit)
    return total

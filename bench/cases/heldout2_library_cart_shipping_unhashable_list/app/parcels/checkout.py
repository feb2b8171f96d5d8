"""Shipping prices for carts (estimates while shopping) and orders (charged)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from parcels.rates import parcel_rate


@dataclass(frozen=True)
class Line:
    sku: str
    quantity: int
    #: Weight of one unit, packed.
    weight_kg: float


@dataclass
class Cart:
    zone: str
    lines: list[Line] = field(default_factory=list)


def _parcels(lines: list[Line]) -> list[float]:
    """One parcel per unit: the warehouse ships every unit in its own box."""
    return [line.weight_kg for line in lines for _ in range(line.quantity)]


def quote_order(zone: str, lines: list[Line]) -> Decimal:
    """Shipping charged for an order placed with these lines."""
    return parcel_rate(zone, tuple(_parcels(lines)))


def estimate_cart(cart: Cart) -> Decimal:
    """Shipping shown in the cart sidebar, refreshed on every page while shopping."""
    if not cart.lines:
        return Decimal("0.00")
    return parcel_rate(cart.zone, _parcels(cart.lines))

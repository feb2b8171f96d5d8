"""Shipping zones and what a parcel costs to each."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Zone:
    name: str
    countries: frozenset[str]
    base: Decimal
    per_kg: Decimal


ZONES = (
    Zone("domestic", frozenset({"FR"}), Decimal("4.90"), Decimal("0.50")),
    Zone("eu", frozenset({"BE", "DE", "ES", "IT", "LU", "NL", "PT"}), Decimal("8.90"),
         Decimal("1.20")),
    Zone("europe", frozenset({"CH", "GB", "NO"}), Decimal("12.90"), Decimal("2.00")),
)
REST_OF_WORLD = Zone("world", frozenset(), Decimal("19.90"), Decimal("4.50"))


def zone_for(country: str) -> Zone:
    """The zone of an ISO country code; a country listed in no zone ships at the
    ``REST_OF_WORLD`` rate."""
    code = country.strip().upper()
    return next(zone for zone in ZONES if code in zone.countries)


def quote(country: str, weight_kg: Decimal) -> Decimal:
    """The price of a parcel, each started kilogram charged in full."""
    zone = zone_for(country)
    return zone.base + zone.per_kg * math.ceil(weight_kg)

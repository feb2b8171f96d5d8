"""Fares for partner bookings: the route's base fare per passenger times the cabin's multiplier."""

from __future__ import annotations

from decimal import Decimal

CENTS = Decimal("0.01")

#: Multiplier of the route's base fare, by IATA cabin letter.
CABIN_MULTIPLIER: dict[str, Decimal] = {
    "Y": Decimal("1.00"),  # economy
    "W": Decimal("1.60"),  # premium economy
    "J": Decimal("3.20"),  # business
    "F": Decimal("5.50"),  # first
}

#: Economy base fare per passenger, by (origin, destination) airport code.
BASE_FARES: dict[tuple[str, str], Decimal] = {
    ("LHR", "JFK"): Decimal("420.00"),
    ("CDG", "FCO"): Decimal("95.00"),
    ("AMS", "LIS"): Decimal("120.00"),
}


def serves(origin: str, destination: str) -> bool:
    return (origin, destination) in BASE_FARES


def quote(origin: str, destination: str, cabin: str, passengers: int) -> Decimal:
    """Total fare of a booking, in euros rounded to the cent."""
    base = BASE_FARES[(origin, destination)]
    return (base * CABIN_MULTIPLIER[cabin] * passengers).quantize(CENTS)

"""Bookings, by two-hour slot (the live site keeps them in Postgres)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

SLOTS = ("12:00", "14:00", "16:00", "18:00", "20:00")


@dataclass(frozen=True)
class Booking:
    reference: str
    name: str
    party_size: int
    slot: str
    table: str


_BOOKINGS: list[Booking] = []


def reset() -> None:
    _BOOKINGS.clear()


def taken_tables(slot: str) -> set[str]:
    return {booking.table for booking in _BOOKINGS if booking.slot == slot}


def add(name: str, party_size: int, slot: str, table: str) -> dict[str, object]:
    booking = Booking(f"BG{len(_BOOKINGS) + 1:04d}", name, party_size, slot, table)
    _BOOKINGS.append(booking)
    return asdict(booking)


def for_slot(slot: str) -> list[dict[str, object]]:
    return [asdict(booking) for booking in _BOOKINGS if booking.slot == slot]

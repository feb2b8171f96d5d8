"""Bookings and walkers, kept in process (the hosted version sits on the booking site's API)."""

from __future__ import annotations

from datetime import date, time

from walkies.models import Walk, Walker

WALKERS: dict[int, Walker] = {
    1: Walker(1, "Sam Okafor", "07700 900123"),
    2: Walker(2, "Jess Lindqvist", "07700 900456"),
}
_WALKS: dict[int, Walk] = {}


def reset() -> None:
    _WALKS.clear()
    for walk in (
        Walk(1, "Biscuit", "Mrs Patel", date(2024, 6, 14), time(8, 30), 60, WALKERS[1]),
        Walk(2, "Pepper", "Tom Hughes", date(2024, 6, 14), time(12, 0), 30, WALKERS[2]),
        Walk(3, "Bramble", "Ana Costa", date(2024, 6, 14), time(9, 0), 60, WALKERS[1]),
        Walk(4, "Nacho", "Li Wei", date(2024, 6, 15), time(10, 0), 30, WALKERS[2]),
    ):
        _WALKS[walk.id] = walk


def book(walk: Walk) -> Walk:
    """A new booking from the website; the office assigns a walker later."""
    _WALKS[walk.id] = walk
    return walk


def walks_on(day: date) -> list[Walk]:
    return sorted((w for w in _WALKS.values() if w.day == day), key=lambda w: (w.pickup, w.id))


reset()

"""The inn's rooms and the stays in them (the live system reads these from the PMS)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: Room number -> room type. Rooms 12 and 14 were knocked through into family rooms
#: over the winter.
ROOM_TYPES: dict[str, str] = {
    "1": "single",
    "2": "double",
    "3": "double",
    "4": "twin",
    "10": "suite",
    "11": "double",
    "12": "family",
    "14": "family",
}


@dataclass(frozen=True)
class Stay:
    room: str
    arrives: date
    departs: date


_STAYS: list[Stay] = []


def reset() -> None:
    _STAYS.clear()
    _STAYS.extend(
        [
            Stay("2", date(2024, 6, 12), date(2024, 6, 14)),
            Stay("4", date(2024, 6, 13), date(2024, 6, 16)),
            Stay("10", date(2024, 6, 11), date(2024, 6, 14)),
            Stay("12", date(2024, 6, 10), date(2024, 6, 14)),
            Stay("14", date(2024, 6, 13), date(2024, 6, 15)),
            Stay("1", date(2024, 6, 13), date(2024, 6, 15)),
        ]
    )


def add(stay: Stay) -> None:
    _STAYS.append(stay)


def occupied_night_before(day: date) -> list[Stay]:
    """Stays whose guests slept in the room the night before ``day``: the rooms to service."""
    return [s for s in _STAYS if s.arrives < day <= s.departs]


reset()

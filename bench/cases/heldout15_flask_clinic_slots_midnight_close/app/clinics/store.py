"""The clinics and their bookings (the deployment reads them from the scheduling database)."""

from __future__ import annotations

from datetime import date
from typing import Any

#: Opening hours per weekday ("mon".."sun"); a missing day means closed.
CLINICS: dict[str, dict[str, Any]] = {
    "harbour-family": {
        "name": "Harbour Family Practice",
        "tz": "Europe/London",
        "hours": {day: "08:00-18:30" for day in ("mon", "tue", "wed", "thu", "fri")},
    },
    "night-walk-in": {
        "name": "Night Walk-in Centre",
        "tz": "Europe/London",
        "hours": {"fri": "18:00-24:00", "sat": "18:00-24:00", "sun": "16:00-22:00"},
    },
    "lakeside-dental": {
        "name": "Lakeside Dental",
        "tz": "America/Chicago",
        "hours": {"mon": "09:00-17:00", "wed": "09:00-17:00", "sat": "09:00-12:00"},
    },
}

_BOOKED: dict[tuple[str, date], set[str]] = {}


def reset() -> None:
    _BOOKED.clear()
    _BOOKED[("harbour-family", date(2024, 6, 7))] = {"08:00", "08:30", "17:30"}
    _BOOKED[("night-walk-in", date(2024, 6, 8))] = {"19:00"}


def booked(slug: str, day: date) -> set[str]:
    return _BOOKED.get((slug, day), set())


reset()

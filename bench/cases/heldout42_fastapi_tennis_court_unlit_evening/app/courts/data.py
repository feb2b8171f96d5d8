"""Riverside Tennis Club: its courts and today's bookings.

The live app reads both from the booking system; the shapes are the same.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

#: The club opens at OPENS and the last hour ends at CLOSES (24-hour clock).
OPENS, CLOSES = 7, 22
#: From this hour on, play is under floodlights, all year round (club rule 7).
DUSK_HOUR = 18

#: Court id -> its name, its hourly rate, and, for the floodlit courts only, the
#: floodlight fee per hour. The grass court has no floodlights.
COURTS: dict[int, dict[str, Any]] = {
    1: {"name": "Court 1 (hard)", "hourly": Decimal("9.00"), "floodlight_fee": Decimal("4.50")},
    2: {"name": "Court 2 (hard)", "hourly": Decimal("9.00"), "floodlight_fee": Decimal("4.50")},
    3: {"name": "Court 3 (grass)", "hourly": Decimal("12.00")},
}

#: (court id, hour) pairs already booked today.
_BOOKED: set[tuple[int, int]] = set()


def reset() -> None:
    _BOOKED.clear()
    _BOOKED.update({(1, 19), (2, 10), (3, 11)})


def is_taken(court_id: int, start: int, hours: int) -> bool:
    return any((court_id, hour) in _BOOKED for hour in range(start, start + hours))


reset()

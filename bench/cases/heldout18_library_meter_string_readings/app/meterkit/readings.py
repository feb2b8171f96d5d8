"""Daily register readings pushed by household electricity meters.

A meter pushes one JSON message at the end of each day::

    {"meter": "E-0412", "day": "2024-05-01", "kwh": 18234.6}

``kwh`` is the meter's register, the total it has ever measured, so what a household used
over a period is the difference between two readings.

The message format changed with the meter generations. First-generation meters (models
EM1xx, about a third of the fleet, and any meter whose firmware predates 2.0) send the
register as a decimal string, ``"kwh": "18234.6"``, because that firmware had no float
encoder; the value means exactly the same thing and such readings count like any other.
EM2xx meters and firmware 2.0 onward send a JSON number. A meter upgraded in the middle
of a billing period therefore sends both forms in the same month.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple


class Reading(NamedTuple):
    meter: str
    day: date
    kwh: float


def parse(message: dict[str, Any]) -> Reading:
    """One pushed message as a :class:`Reading`."""
    return Reading(
        meter=str(message["meter"]),
        day=date.fromisoformat(message["day"]),
        kwh=message["kwh"],
    )


def parse_all(messages: Iterable[dict[str, Any]]) -> list[Reading]:
    """The messages of one meter as readings, oldest first."""
    return sorted((parse(m) for m in messages), key=lambda r: r.day)

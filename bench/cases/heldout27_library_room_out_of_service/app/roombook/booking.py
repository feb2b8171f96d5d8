"""Bookings of meeting rooms, as half-open intervals [start, end)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Booking:
    room: str
    start: datetime
    #: None for an open-ended booking (a room out of service until further notice):
    #: it takes the room from ``start`` on, with no end.
    end: datetime | None
    holder: str

    def overlaps(self, start: datetime, end: datetime) -> bool:
        """Whether this booking takes any part of [start, end). Back-to-back bookings
        (one ending when the other starts) do not overlap."""
        return self.start < end and start < self.end

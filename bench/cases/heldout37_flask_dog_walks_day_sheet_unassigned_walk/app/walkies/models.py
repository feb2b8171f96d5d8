from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class Walker:
    id: int
    name: str
    phone: str


@dataclass
class Walk:
    id: int
    dog: str
    owner: str
    day: date
    pickup: time
    minutes: int
    #: None until the office assigns someone to the booking.
    walker: Walker | None = None

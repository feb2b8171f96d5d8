"""Tickets as the barrier controller reports them (a stub of its API in this repository)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class Ticket:
    code: str
    plate: str
    vehicle_class: str
    entered: datetime


_TICKETS = {
    t.code: t
    for t in [
        Ticket("T-1001", "SN19 KXP", "car", datetime(2024, 6, 1, 8, 5, tzinfo=timezone.utc)),
        Ticket("T-1002", "SK70 BFA", "motorcycle", datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)),
        Ticket("T-1017", "YN22 COA", "coach", datetime(2024, 6, 1, 10, 0, tzinfo=timezone.utc)),
        Ticket("T-1042", "SV68 VAN", "van", datetime(2024, 6, 1, 9, 10, tzinfo=timezone.utc)),
    ]
}


def find(code: str) -> Ticket | None:
    return _TICKETS.get(code.upper())

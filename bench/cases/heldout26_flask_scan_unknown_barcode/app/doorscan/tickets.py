"""Issued tickets by barcode, as the box office wrote them (Redis in production)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class Ticket:
    barcode: str
    event_id: int
    holder: str
    tier: str
    scanned_at: datetime | None = None
    gate: str | None = None


TICKETS: dict[str, Ticket] = {}


def reset() -> None:
    TICKETS.clear()
    for ticket in (
        Ticket("EV7-4F2A-0001", 7, "Maya Lind", "General admission"),
        Ticket("EV7-4F2A-0002", 7, "Omar Haddad", "VIP"),
        Ticket("EV7-4F2A-0003", 7, "Jun Park", "General admission"),
        Ticket("EV8-91C0-0001", 8, "Ines Costa", "Balcony"),
    ):
        TICKETS[ticket.barcode] = ticket


def mark_scanned(ticket: Ticket, gate: str) -> None:
    ticket.scanned_at = datetime.now(timezone.utc)
    ticket.gate = gate


def admitted(event_id: int) -> int:
    return sum(1 for t in TICKETS.values() if t.event_id == event_id and t.scanned_at)


reset()

"""Tickets sold for each event (production keeps them in the box-office database).

How ticket records have looked over time:

* Until the arena opened its standing floor in 2024, every ticket was for a seat:
  ``Ticket("T-1001", "Mira Okafor", Seat("N2", "F", 14))``.
* Since then general-admission (standing) tickets are sold as well. They have no seat:
  ``seat`` is None. Their holders are let in by the floor gate (see ``api.STANDING_GATE``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Seat:
    block: str
    row: str
    number: int


@dataclass(frozen=True)
class Ticket:
    code: str
    holder: str
    seat: Seat | None = None


_EVENTS: dict[int, list[Ticket]] = {}


def reset() -> None:
    _EVENTS.clear()
    # 2023: the symphony gala, all seated.
    _EVENTS[101] = [
        Ticket("T-1001", "Mira Okafor", Seat("N2", "F", 14)),
        Ticket("T-1002", "Jonas Berg", Seat("S1", "A", 3)),
        Ticket("T-1003", "Lea Novak", Seat("N1", "C", 7)),
    ]
    # 2024: the first concert with the standing floor open.
    _EVENTS[214] = [
        Ticket("T-5001", "Ines Duarte", Seat("S2", "B", 11)),
        Ticket("T-5002", "Tom Aalto"),
        Ticket("T-5003", "Priya Raman", Seat("N1", "A", 1)),
        Ticket("T-5004", "Omar Haddad"),
    ]


def tickets_for(event_id: int) -> list[Ticket] | None:
    return _EVENTS.get(event_id)


def find_ticket(code: str) -> Ticket | None:
    for tickets in _EVENTS.values():
        for ticket in tickets:
            if ticket.code == code:
                return ticket
    return None


reset()

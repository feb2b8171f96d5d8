"""Events and the seats still on sale for each (Postgres in production, same calls)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Event:
    id: int
    name: str
    venue: str
    free_seats: set[str] = field(default_factory=set)


_EVENTS: dict[int, Event] = {}


def block(rows: list[str], per_row: int) -> set[str]:
    """Every seat label of the given rows, seats 1 to ``per_row``."""
    return {f"{row}{number}" for row in rows for number in range(1, per_row + 1)}


def reset() -> None:
    _EVENTS.clear()
    crypt = block(["A", "B", "C"], 10) - {"A1", "B4", "B5", "C10"}
    _EVENTS[1] = Event(1, "String Quartet at the Crypt", "The Crypt", crypt)
    grand = block(["Y", "Z"], 12) | block(["AA", "AB"], 10)
    grand -= {"Y1", "Y2", "Z11", "AA2", "AA7"}
    _EVENTS[2] = Event(2, "Winter Gala", "The Grand", grand)


def get(event_id: int) -> Event | None:
    return _EVENTS.get(event_id)


def hold(event_id: int, label: str) -> bool:
    """Take a seat off sale for a buyer's basket; False when it is already gone."""
    event = _EVENTS[event_id]
    if label not in event.free_seats:
        return False
    event.free_seats.remove(label)
    return True


reset()

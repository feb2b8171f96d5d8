"""The salon's appointment diary: one-hour slots from opening to closing, per stylist."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

STYLISTS = {"maya": "Maya Okafor", "tom": "Tom Brennan", "ines": "Inês Duarte"}

OPENING = time(9, 0)
CLOSING = time(17, 0)
SLOT = timedelta(hours=1)

_BOOKINGS: dict[tuple[str, date], dict[str, str]] = {}
_WAITING: dict[tuple[str, date], list[str]] = {}


def reset() -> None:
    _BOOKINGS.clear()
    _WAITING.clear()


def day_slots(day: date) -> list[str]:
    """Every slot of the day as "HH:MM", opening first."""
    slots = []
    at = datetime.combine(day, OPENING)
    while at + SLOT <= datetime.combine(day, CLOSING):
        slots.append(at.strftime("%H:%M"))
        at += SLOT
    return slots


def free_slots(stylist: str, day: date) -> list[str]:
    taken = _BOOKINGS.get((stylist, day), {})
    return [slot for slot in day_slots(day) if slot not in taken]


def book(stylist: str, day: date, slot: str, client: str) -> None:
    taken = _BOOKINGS.setdefault((stylist, day), {})
    if slot in taken or slot not in day_slots(day):
        raise ValueError(f"{slot} is not free")
    taken[slot] = client


def join_waiting_list(stylist: str, day: date, client: str) -> int:
    """Adds the client; returns their place in the queue (1 is next)."""
    queue = _WAITING.setdefault((stylist, day), [])
    queue.append(client)
    return len(queue)

"""Registrations for the conference (Postgres in production, the same calls)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str
    ticket: str


_ATTENDEES: list[Attendee] = []


def reset(*attendees: Attendee) -> None:
    _ATTENDEES.clear()
    _ATTENDEES.extend(attendees)


def register(attendee: Attendee) -> None:
    _ATTENDEES.append(attendee)


def attendees() -> list[Attendee]:
    return sorted(_ATTENDEES, key=lambda a: a.name.casefold())

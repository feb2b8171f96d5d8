"""The clubs and their meetings (kept in memory; the branch library has five clubs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Meeting:
    starts: datetime
    venue: str


@dataclass
class Club:
    slug: str
    name: str
    organiser: str
    reading: str
    meetings: list[Meeting] = field(default_factory=list)

    def next_meeting(self, now: datetime) -> Meeting | None:
        """The soonest meeting from ``now`` on, or None when the organiser hasn't
        scheduled the next one yet (the page then says "date to be announced")."""
        upcoming = sorted((m for m in self.meetings if m.starts >= now), key=lambda m: m.starts)
        return upcoming[0]

    def past_meetings(self, now: datetime) -> int:
        return sum(1 for m in self.meetings if m.starts < now)


_CLUBS: dict[str, Club] = {}


def reset() -> None:
    _CLUBS.clear()


def add(club: Club) -> Club:
    _CLUBS[club.slug] = club
    return club


def get(slug: str) -> Club | None:
    return _CLUBS.get(slug)


def all_clubs() -> list[Club]:
    return sorted(_CLUBS.values(), key=lambda club: club.name)

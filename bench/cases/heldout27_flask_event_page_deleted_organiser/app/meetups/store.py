"""Members and events (in-process; production keeps them in Postgres behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

#: What every page shows in place of a member who has deleted their account.
DELETED_MEMBER_LABEL = "former member"


@dataclass
class Member:
    id: int
    display_name: str


@dataclass
class Event:
    id: int
    title: str
    starts: datetime
    #: None once the organiser has deleted their account; the event stays listed.
    organiser: Member | None
    #: A deleted attendee's place is kept (the head count stays right) as None.
    attendees: list[Member | None] = field(default_factory=list)


def member_name(member: Member | None) -> str:
    """The name pages show for a member, or DELETED_MEMBER_LABEL for a deleted account."""
    return DELETED_MEMBER_LABEL if member is None else member.display_name


_EVENTS: dict[int, Event] = {}


def reset() -> None:
    ada = Member(1, "Ada L.")
    linus = Member(2, "Linus T.")
    guido = Member(3, "Guido v.R.")
    _EVENTS.clear()
    _EVENTS[1] = Event(1, "Python pub quiz", datetime(2025, 3, 6, 19, 0), guido, [ada, linus])
    _EVENTS[2] = Event(2, "Kernel hacking night", datetime(2025, 3, 13, 18, 30), linus, [guido, None])
    # The organiser of the walk deleted their account after posting it.
    _EVENTS[3] = Event(3, "Spring hike", datetime(2025, 4, 12, 9, 0), None, [ada])


def get_event(event_id: int) -> Event | None:
    return _EVENTS.get(event_id)


def upcoming() -> list[Event]:
    return sorted(_EVENTS.values(), key=lambda e: e.starts)


def delete_member(member_id: int) -> None:
    for event in _EVENTS.values():
        if event.organiser is not None and event.organiser.id == member_id:
            event.organiser = None
        event.attendees = [None if m is not None and m.id == member_id else m for m in event.attendees]


reset()

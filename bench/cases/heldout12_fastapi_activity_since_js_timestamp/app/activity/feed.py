"""The activity feed, in memory (production keeps it in Redis behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


def parse_timestamp(value: str) -> datetime:
    """An ISO 8601 timestamp as clients send it ("2024-05-01T12:00:00Z",
    "2024-05-01T12:00:00.000Z", "2024-05-01T14:00:00+02:00"), as an aware UTC datetime; one
    without an offset is taken as UTC."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


@dataclass
class Activity:
    id: int
    actor: str
    verb: str
    at: datetime

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "actor": self.actor, "verb": self.verb,
                "at": self.at.isoformat().replace("+00:00", "Z")}


_FEED: list[Activity] = []


def reset() -> None:
    _FEED.clear()
    add("ana", "opened ticket #12", parse_timestamp("2024-05-01T09:30:00Z"))
    add("ben", "closed ticket #9", parse_timestamp("2024-05-01T12:00:00Z"))
    add("ana", "commented on #12", parse_timestamp("2024-05-01T12:00:05.250Z"))
    add("cy", "assigned #12 to ben", parse_timestamp("2024-05-01T16:45:00Z"))


def add(actor: str, verb: str, at: datetime) -> Activity:
    activity = Activity(len(_FEED) + 1, actor, verb, at)
    _FEED.append(activity)
    return activity


def everything() -> list[Activity]:
    return sorted(_FEED, key=lambda a: a.at)


reset()

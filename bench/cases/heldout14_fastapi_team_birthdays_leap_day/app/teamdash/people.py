"""The team directory (synced nightly from the HR system; in-process here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Colleague:
    id: int
    name: str
    team: str
    born: date


_DIRECTORY: list[Colleague] = []


def reset() -> None:
    _DIRECTORY.clear()
    _DIRECTORY.extend(
        [
            Colleague(1, "Amara Okafor", "platform", date(1990, 3, 2)),
            Colleague(2, "Jonas Berg", "platform", date(1985, 2, 27)),
            Colleague(3, "Lin Wei", "mobile", date(1993, 7, 14)),
            Colleague(4, "Priya Nair", "platform", date(1996, 2, 29)),
            Colleague(5, "Tomasz Zielinski", "mobile", date(1988, 12, 31)),
        ]
    )


def in_team(team: str | None = None) -> list[Colleague]:
    return [c for c in _DIRECTORY if team is None or c.team == team]


reset()

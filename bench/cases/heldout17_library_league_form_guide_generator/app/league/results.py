"""Match results of the amateur league, as the referees file them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from operator import attrgetter


@dataclass(frozen=True)
class Match:
    played_on: date
    home: str
    away: str
    home_goals: int
    away_goals: int


_RESULTS: list[Match] = []


def reset() -> None:
    _RESULTS.clear()


def record(match: Match) -> None:
    _RESULTS.append(match)


def matches_of(team: str) -> Iterator[Match]:
    """The team's matches in the order they were played, oldest first.

    A generator since 3.0 (it used to build a list): the archive holds every season
    since 1987 and most callers only walk through it once.
    """
    for match in sorted(_RESULTS, key=attrgetter("played_on")):
        if team in (match.home, match.away):
            yield match


def teams() -> list[str]:
    return sorted({m.home for m in _RESULTS} | {m.away for m in _RESULTS})

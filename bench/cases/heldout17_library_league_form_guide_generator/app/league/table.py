"""The league table."""

from __future__ import annotations

from league import results
from league.results import Match

WIN, DRAW, LOSS = 3, 1, 0


def goals(team: str, match: Match) -> tuple[int, int]:
    """(goals for, goals against) of ``team`` in ``match``."""
    if match.home == team:
        return match.home_goals, match.away_goals
    return match.away_goals, match.home_goals


def points(team: str) -> int:
    total = 0
    for match in results.matches_of(team):
        scored, conceded = goals(team, match)
        total += WIN if scored > conceded else DRAW if scored == conceded else LOSS
    return total


def standings() -> list[tuple[str, int]]:
    """Teams by points, most first; ties by name."""
    return sorted(((t, points(t)) for t in results.teams()), key=lambda row: (-row[1], row[0]))

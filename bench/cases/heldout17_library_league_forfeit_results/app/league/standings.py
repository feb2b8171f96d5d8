"""The league table published on the website after each night's import."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from league.feed import Result, read_results

POINTS_FOR_WIN = 3
POINTS_FOR_DRAW = 1


@dataclass
class Row:
    team: str
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0

    @property
    def goal_difference(self) -> int:
        return self.goals_for - self.goals_against

    @property
    def points(self) -> int:
        return self.won * POINTS_FOR_WIN + self.drawn * POINTS_FOR_DRAW

    def record(self, scored: int, conceded: int) -> None:
        self.played += 1
        self.goals_for += scored
        self.goals_against += conceded
        if scored > conceded:
            self.won += 1
        elif scored == conceded:
            self.drawn += 1
        else:
            self.lost += 1


def table(results: Iterable[Result]) -> list[Row]:
    """Rows ordered by points, then goal difference, then goals scored, then name."""
    rows: dict[str, Row] = {}
    for result in results:
        home = rows.setdefault(result.home, Row(result.home))
        away = rows.setdefault(result.away, Row(result.away))
        home.record(result.home_goals, result.away_goals)
        away.record(result.away_goals, result.home_goals)
    return sorted(rows.values(), key=lambda r: (-r.points, -r.goal_difference, -r.goals_for, r.team))


def table_from_export(stream: IO[str]) -> list[Row]:
    return table(read_results(stream))


def render(rows: list[Row]) -> str:
    """The plain-text table the website embeds: position, team, P W D L, GF:GA, points."""
    lines = []
    for position, row in enumerate(rows, start=1):
        lines.append(
            f"{position:>2}. {row.team:<18} {row.played:>2} {row.won:>2} {row.drawn:>2} {row.lost:>2}"
            f"  {row.goals_for:>2}:{row.goals_against:<2} {row.points:>3}"
        )
    return "\n".join(lines)

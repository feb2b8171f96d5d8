"""The league table, computed from the results entered by the match secretaries.

Every registered team is in the table, including a side that joined mid-season and has
not played yet: its counts and points are all 0 and its points per game is None (the
website shows "–"), because 0.00 points per game would read as a run of defeats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

POINTS_FOR_WIN = 3
POINTS_FOR_DRAW = 1


@dataclass(frozen=True)
class Result:
    home: str
    away: str
    home_goals: int
    away_goals: int


class TableRow(TypedDict):
    position: int
    team: str
    played: int
    won: int
    drawn: int
    lost: int
    goal_difference: int
    points: int
    #: Points per game, 2 places; None until the team has played.
    ppg: float | None


@dataclass
class _Tally:
    team: str
    won: int = 0
    drawn: int = 0
    lost: int = 0
    scored: int = 0
    conceded: int = 0

    @property
    def played(self) -> int:
        return self.won + self.drawn + self.lost

    @property
    def points(self) -> int:
        return POINTS_FOR_WIN * self.won + POINTS_FOR_DRAW * self.drawn

    def record(self, scored: int, conceded: int) -> None:
        self.scored += scored
        self.conceded += conceded
        if scored > conceded:
            self.won += 1
        elif scored == conceded:
            self.drawn += 1
        else:
            self.lost += 1


def table(teams: Iterable[str], results: Iterable[Result]) -> list[TableRow]:
    """Ordered by points, then goal difference, then goals scored, then name."""
    tallies = {team: _Tally(team) for team in teams}
    for result in results:
        tallies[result.home].record(result.home_goals, result.away_goals)
        tallies[result.away].record(result.away_goals, result.home_goals)
    ordered = sorted(
        tallies.values(),
        key=lambda t: (-t.points, -(t.scored - t.conceded), -t.scored, t.team),
    )
    return [
        TableRow(
            position=position,
            team=t.team,
            played=t.played,
            won=t.won,
            drawn=t.drawn,
            lost=t.lost,
            goal_difference=t.scored - t.conceded,
            points=t.points,
            ppg=round(t.points / t.played, 2),
        )
        for position, t in enumerate(ordered, start=1)
    ]

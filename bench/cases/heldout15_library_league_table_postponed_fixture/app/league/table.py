"""The league table: three points for a win, one for a draw."""

from __future__ import annotations

from dataclasses import dataclass

from league.feed import Fixture

WIN, DRAW = 3, 1


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
    def points(self) -> int:
        return WIN * self.won + DRAW * self.drawn

    @property
    def goal_difference(self) -> int:
        return self.goals_for - self.goals_against


def _goals(score: str) -> tuple[int, int]:
    home, away = score.split("-")
    return int(home), int(away)


def _record(row: Row, scored: int, conceded: int) -> None:
    row.played += 1
    row.goals_for += scored
    row.goals_against += conceded
    if scored > conceded:
        row.won += 1
    elif scored == conceded:
        row.drawn += 1
    else:
        row.lost += 1


def standings(fixtures: list[Fixture]) -> list[Row]:
    """The table after the played fixtures.

    Every team named in the feed has a row, even one that has not played yet. Only
    played fixtures count. Order: points, goal difference, goals scored (all highest
    first), then team name.
    """
    rows: dict[str, Row] = {}
    for fixture in fixtures:
        home = rows.setdefault(fixture["home"], Row(fixture["home"]))
        away = rows.setdefault(fixture["away"], Row(fixture["away"]))
        home_goals, away_goals = _goals(fixture["score"])
        _record(home, home_goals, away_goals)
        _record(away, away_goals, home_goals)
    return sorted(rows.values(), key=lambda r: (-r.points, -r.goal_difference, -r.goals_for, r.team))


def render(rows: list[Row]) -> str:
    lines = [f"{'':<3}{'Team':<12}{'P':>3}{'W':>3}{'D':>3}{'L':>3}{'GD':>4}{'Pts':>5}"]
    for place, row in enumerate(rows, start=1):
        lines.append(
            f"{place:<3}{row.team:<12}{row.played:>3}{row.won:>3}{row.drawn:>3}{row.lost:>3}"
            f"{row.goal_difference:>+4}{row.points:>5}"
        )
    return "\n".join(lines)

"""Reading the match-results CSV that the regional federation's system exports each night.

Columns (federation export format v3)::

    date,home,away,score,note

``score`` is ``"<home goals>-<away goals>"`` for a match that was played. A match the
disciplinary committee awarded to one side is exported with ``score`` set to ``FF``
(FORFEIT_MARK) and ``note`` reading ``awarded to <team>``; under competition rule 7.2
it counts as a 3-0 win for that team (FORFEIT_SCORE, winner's goals first), whichever
side of the fixture it was. Postponed matches are not exported at all.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO

#: What the export writes in the ``score`` column of a forfeited match.
FORFEIT_MARK = "FF"
#: Goals credited for a forfeited match (competition rule 7.2): the winner's first.
FORFEIT_SCORE = (3, 0)


@dataclass(frozen=True)
class Result:
    played_on: date
    home: str
    away: str
    home_goals: int
    away_goals: int


def parse_score(score: str) -> tuple[int, int]:
    """``"2-1"`` -> ``(2, 1)``: home goals, away goals."""
    home, away = score.split("-")
    return int(home), int(away)


def read_results(stream: IO[str]) -> Iterator[Result]:
    """Every result of the export, in file order."""
    for row in csv.DictReader(stream):
        home = row["home"].strip()
        away = row["away"].strip()
        home_goals, away_goals = parse_score(row["score"].strip())
        yield Result(date.fromisoformat(row["date"].strip()), home, away, home_goals, away_goals)

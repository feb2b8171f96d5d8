"""Scoring for the Thursday quiz at the Red Lion.

A night has ROUNDS rounds of ten questions. Before the quiz starts each team may put
its joker on one round, which then scores double. The quizmaster marks the answer
sheets round by round, so during the night a team's ``scores`` holds only the rounds
marked so far, and the scoreboard on the screen is refreshed after every round.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROUNDS = 8


@dataclass
class Team:
    name: str
    #: The points of each round marked so far, round 1 first.
    scores: list[int] = field(default_factory=list)
    #: The round (1 to ROUNDS) the team has put its joker on; None if it plays none.
    joker: int | None = None


def total(team: Team) -> int:
    """The team's points so far. The joker round counts twice once it has been
    marked; until then the total is just the sum of the marked rounds."""
    points = sum(team.scores)
    if team.joker is not None:
        points += team.scores[team.joker - 1]
    return points


def standings(teams: list[Team]) -> list[dict[str, object]]:
    """Teams by points, highest first; equal points share a position (1, 2, 2, 4)."""
    rows: list[dict[str, object]] = []
    for index, team in enumerate(sorted(teams, key=total, reverse=True)):
        points = total(team)
        position = rows[-1]["position"] if rows and rows[-1]["points"] == points else index + 1
        rows.append(
            {"position": position, "team": team.name, "points": points, "rounds_marked": len(team.scores)}
        )
    return rows

"""Team rosters: who plays for which club this season."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


class RosterError(ValueError):
    """A row of the roster file the office has to correct (the message names the line)."""


@dataclass(frozen=True)
class Player:
    player_id: int
    name: str
    team: str
    shirt: int


def load_roster(path: Path) -> list[Player]:
    """Players in file order. Columns: player_id, name, team, shirt.

    The file is the league office's spreadsheet saved as CSV, like the fixture list:
    plain UTF-8, or Excel's "CSV UTF-8", which starts with a byte order mark. Names
    keep their accents.
    """
    players: list[Player] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                shirt = int(row["shirt"])
            except ValueError:
                raise RosterError(f"line {line}: shirt number {row['shirt']!r} is not a number") from None
            players.append(Player(int(row["player_id"]), row["name"].strip(), row["team"].strip(), shirt))
    return players


def by_team(players: list[Player]) -> dict[str, list[Player]]:
    """Each team's players, sorted by shirt number; two players of a team may not share one."""
    teams: dict[str, list[Player]] = defaultdict(list)
    for player in players:
        if any(p.shirt == player.shirt for p in teams[player.team]):
            raise RosterError(f"{player.team}: shirt {player.shirt} given twice")
        teams[player.team].append(player)
    return {team: sorted(squad, key=lambda p: p.shirt) for team, squad in sorted(teams.items())}

"""``python -m league.import_roster ROSTER.csv``: check a roster file and summarise it.

Run by the league office before each transfer window closes; prints one line per team
and exits 1 (printing the problem) when the file needs correcting.
"""

from __future__ import annotations

import sys
from pathlib import Path

from league.roster import RosterError, by_team, load_roster


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m league.import_roster ROSTER.csv", file=sys.stderr)
        return 2
    try:
        teams = by_team(load_roster(Path(args[0])))
    except RosterError as exc:
        print(f"roster not imported: {exc}", file=sys.stderr)
        return 1
    for team, squad in teams.items():
        shirts = ", ".join(f"{p.shirt} {p.name}" for p in squad)
        print(f"{team} ({len(squad)}): {shirts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

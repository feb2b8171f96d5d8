"""The high-water board pinned up outside the harbour office each week.

    python -m tideboard.board data/predictions.csv > board.txt

The predictions file is the Admiralty export: date, time, kind (HW or LW), height_m.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time

#: A tide runs about 12 h 25 min, so roughly once a fortnight a day has a single high
#: water; the board shows NO_TIDE in that day's second column.
NO_TIDE = "--:--"

#: Width of a high-water column: "05:12 4.6m" right-aligned.
CELL = 12


@dataclass(frozen=True)
class Tide:
    day: date
    at: time
    kind: str
    height: float


def read_predictions(path: str) -> list[Tide]:
    with open(path, newline="", encoding="utf-8") as handle:
        return [
            Tide(
                date.fromisoformat(row["date"]),
                time.fromisoformat(row["time"]),
                row["kind"].strip().upper(),
                float(row["height_m"]),
            )
            for row in csv.DictReader(handle)
        ]


def high_waters_by_day(tides: Iterable[Tide]) -> dict[date, list[Tide]]:
    days: dict[date, list[Tide]] = defaultdict(list)
    for tide in sorted(tides, key=lambda t: (t.day, t.at)):
        if tide.kind == "HW":
            days[tide.day].append(tide)
    return dict(days)


def cell(tide: Tide) -> str:
    return f"{tide.at:%H:%M} {tide.height:.1f}m"


def board_lines(tides: Iterable[Tide]) -> list[str]:
    """A header, then one line a day: the date and the day's first and second high water."""
    lines = [f"{'Date':<10} {'1st HW':>{CELL}} {'2nd HW':>{CELL}}"]
    for day, highs in high_waters_by_day(tides).items():
        lines.append(f"{day:%a %d %b} {cell(highs[0]):>{CELL}} {cell(highs[1]):>{CELL}}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", help="the Admiralty CSV export")
    args = parser.parse_args(argv)
    for line in board_lines(read_predictions(args.predictions)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

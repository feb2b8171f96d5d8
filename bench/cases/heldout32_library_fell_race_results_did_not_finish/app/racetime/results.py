"""Ranking a race's entries."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from racetime.times import format_time, parse_time

#: What the timekeepers write in the time column of a runner without a finishing time:
#: did not finish, did not start, disqualified.
NON_FINISHES = ("DNF", "DNS", "DSQ")


@dataclass(frozen=True)
class Entry:
    bib: int
    name: str
    category: str
    time: str


@dataclass(frozen=True)
class Placing:
    position: int | None
    bib: int
    name: str
    category: str
    time: str | None
    #: "finished", or the timekeepers' code from NON_FINISHES.
    status: str


def load_entries(path: Path) -> list[Entry]:
    """The timekeepers' sheet: a CSV with bib, name, category and time columns."""
    with path.open(newline="", encoding="utf-8") as sheet:
        return [
            Entry(int(row["bib"]), row["name"].strip(), row["category"].strip(), row["time"])
            for row in csv.DictReader(sheet)
        ]


def rank(entries: list[Entry]) -> list[Placing]:
    """Finishers fastest first, positioned 1, 2, 3...; equal times share a position and
    the next one is skipped (1, 2, 2, 4). Runners without a finishing time (their time is
    one of NON_FINISHES) come after every finisher, in bib order, with no position and no
    time, and the timekeepers' code as their status."""
    timed = sorted(((parse_time(e.time), e) for e in entries), key=lambda p: (p[0], p[1].bib))
    placings: list[Placing] = []
    previous: int | None = None
    position = 0
    for index, (seconds, entry) in enumerate(timed, start=1):
        if seconds != previous:
            position = index
            previous = seconds
        time = format_time(seconds)
        placings.append(Placing(position, entry.bib, entry.name, entry.category, time, "finished"))
    return placings


def summary(entries: list[Entry]) -> dict[str, int]:
    """Counts for the race report."""
    codes = [e.time.strip().upper() for e in entries]
    finished = sum(1 for code in codes if code not in NON_FINISHES)
    return {
        "entered": len(entries),
        "started": sum(1 for code in codes if code != "DNS"),
        "finished": finished,
    }


def category_winners(placings: list[Placing]) -> dict[str, Placing]:
    """The first finisher of each category."""
    winners: dict[str, Placing] = {}
    for placing in placings:
        if placing.position is not None:
            winners.setdefault(placing.category, placing)
    return winners

"""The season's fixture list, as the league office exports it from its spreadsheet."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Fixture:
    round: int
    day: date
    home: str
    away: str


def load_fixtures(path: Path) -> list[Fixture]:
    """Fixtures in file order. Columns: round, date (YYYY-MM-DD), home, away."""
    # Excel's "CSV UTF-8" starts the file with a byte order mark; utf-8-sig drops it
    # (and reads plain UTF-8 unchanged), so the first header is "round", not "\ufeffround".
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [
            Fixture(int(row["round"]), date.fromisoformat(row["date"]), row["home"], row["away"])
            for row in csv.DictReader(handle)
        ]

"""Daily electricity use, as the smart meter's export writes it (``day,kwh`` per line)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Reading:
    day: date
    kwh: float


def load(path: Path) -> list[Reading]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Reading(date.fromisoformat(row["day"]), float(row["kwh"]))
            for row in csv.DictReader(handle)
        ]

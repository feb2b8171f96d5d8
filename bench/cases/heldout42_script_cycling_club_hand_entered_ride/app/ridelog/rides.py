"""Reading the club site's ride export (one CSV row per ride)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Ride:
    day: date
    rider: str
    km: float
    #: Time spent moving, from the rider's GPS upload. Rides typed in by hand on the
    #: club site have no GPS file, and the export gives them a moving time of 0:00:00.
    moving_seconds: int


def _seconds(hms: str) -> int:
    hours, minutes, seconds = (int(part) for part in hms.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def read(path: Path) -> list[Ride]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Ride(date.fromisoformat(row["date"]), row["rider"].strip(), float(row["km"]), _seconds(row["moving_time"]))
            for row in csv.DictReader(handle)
        ]

"""Readings as the stations upload them (one line of CSV per ten minutes)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    taken_at: datetime
    speed_kmh: float
    gust_kmh: float
    bearing: float


def parse_upload(text: str) -> list[Reading]:
    """``taken_at,speed_kmh,gust_kmh,bearing`` rows, with a header line."""
    rows = csv.DictReader(io.StringIO(text))
    return [
        Reading(
            taken_at=datetime.fromisoformat(row["taken_at"]),
            speed_kmh=float(row["speed_kmh"]),
            gust_kmh=float(row["gust_kmh"]),
            bearing=float(row["bearing"]),
        )
        for row in rows
    ]

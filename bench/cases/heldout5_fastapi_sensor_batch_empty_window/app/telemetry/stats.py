"""Summaries of the readings a sensor uploads in one batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    taken_at: datetime
    celsius: float


@dataclass(frozen=True)
class Summary:
    """What the dashboard shows for one upload.

    ``count`` is the number of readings in the batch. ``peak`` and ``mean`` are None when
    the batch holds no reading: a sensor that wakes up without having measured anything
    (a cold start, a wiped buffer) still uploads, and its dashboard tile then reads
    "no data" rather than a temperature nobody measured.
    """

    count: int
    peak: float | None
    mean: float | None


def summarise(readings: list[Reading]) -> Summary:
    peak = max(r.celsius for r in readings)
    mean = round(sum(r.celsius for r in readings) / len(readings), 2)
    return Summary(count=len(readings), peak=peak, mean=mean)

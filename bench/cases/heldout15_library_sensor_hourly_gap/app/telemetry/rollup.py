"""Roll-ups of the readings of one sensor for the dashboard's charts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from telemetry.units import to_celsius

HOUR = timedelta(hours=1)


class Reading(NamedTuple):
    at: datetime  # aware, as the gateway stamps it
    value: float
    unit: str  # "C", "F" or "K"


def hourly_means(readings: Iterable[Reading], start: datetime, hours: int) -> list[float | None]:
    """Mean temperature (°C, rounded to 0.1) of each hour from ``start`` for ``hours``
    hours: one entry per hour, in order, so entry i is the hour starting at start + i h.

    An hour without readings (sensor asleep, radio gap) is None, so the chart draws a
    gap rather than a drop to zero. Readings outside the window are ignored.
    """
    buckets: list[list[float]] = [[] for _ in range(hours)]
    for reading in readings:
        index = (reading.at - start) // HOUR
        if 0 <= index < hours:
            buckets[index].append(to_celsius(reading.value, reading.unit))
    return [round(sum(bucket) / len(bucket), 1) for bucket in buckets]


def daily_extremes(readings: Iterable[Reading], day: date) -> tuple[float | None, float | None]:
    """(min, max) in °C of the readings taken on ``day`` (the readings' own dates);
    (None, None) when there are none."""
    values = [to_celsius(r.value, r.unit) for r in readings if r.at.date() == day]
    if not values:
        return None, None
    return round(min(values), 1), round(max(values), 1)

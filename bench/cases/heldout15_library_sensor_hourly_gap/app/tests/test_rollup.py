from datetime import date, datetime, timezone

import pytest

from telemetry.rollup import Reading, daily_extremes, hourly_means
from telemetry.units import to_celsius

START = datetime(2024, 5, 14, 6, 0, tzinfo=timezone.utc)


def at(hour: int, minute: int) -> datetime:
    return datetime(2024, 5, 14, hour, minute, tzinfo=timezone.utc)


def test_units() -> None:
    assert to_celsius(212, "F") == 100
    assert to_celsius(273.15, "K") == 0
    assert to_celsius(21.5, "c") == 21.5
    with pytest.raises(ValueError):
        to_celsius(3, "R")


def test_hourly_means() -> None:
    readings = [
        Reading(at(6, 0), 18.0, "C"),
        Reading(at(6, 30), 19.0, "C"),
        Reading(at(7, 15), 68.0, "F"),
        Reading(at(8, 59), 294.15, "K"),
        Reading(at(5, 59), 40.0, "C"),  # before the window
        Reading(at(9, 0), 40.0, "C"),  # after it
    ]
    assert hourly_means(readings, START, 3) == [18.5, 20.0, 21.0]


def test_daily_extremes() -> None:
    readings = [Reading(at(6, 0), 18.0, "C"), Reading(at(14, 0), 86.0, "F")]
    assert daily_extremes(readings, date(2024, 5, 14)) == (18.0, 30.0)
    assert daily_extremes(readings, date(2024, 5, 15)) == (None, None)

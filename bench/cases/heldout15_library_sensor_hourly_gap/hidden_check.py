from datetime import datetime, timedelta, timezone

from telemetry.rollup import Reading, hourly_means

START = datetime(2024, 5, 14, 6, 0, tzinfo=timezone.utc)


def at(hour: int, minute: int) -> datetime:
    return datetime(2024, 5, 14, hour, minute, tzinfo=timezone.utc)


def test_an_hour_without_readings_is_a_gap() -> None:
    readings = [
        Reading(at(6, 10), 17.6, "C"),
        Reading(at(7, 10), 18.4, "C"),
        Reading(at(9, 10), 71.6, "F"),
        Reading(at(10, 10), 23.0, "C"),
        Reading(at(11, 10), 24.2, "C"),
    ]
    assert hourly_means(readings, START, 6) == [17.6, 18.4, None, 22.0, 23.0, 24.2]


def test_gaps_at_both_ends_keep_their_places() -> None:
    readings = [Reading(at(7, 5), 20.0, "C"), Reading(at(7, 45), 21.0, "C")]
    assert hourly_means(readings, START, 4) == [None, 20.5, None, None]


def test_no_readings_at_all() -> None:
    assert hourly_means([], START, 3) == [None, None, None]


def test_window_in_another_time_zone() -> None:
    local = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 14, 8, 0, tzinfo=local)  # 06:00 UTC
    readings = [Reading(at(6, 30), 50.0, "F"), Reading(at(8, 30), 12.0, "C")]
    assert hourly_means(readings, start, 3) == [10.0, None, 12.0]

from timesheet.durations import parse_duration, total_minutes


def test_hours_and_minutes() -> None:
    assert parse_duration("1h30m") == 90
    assert parse_duration(" 2H 05m ") == 125


def test_total() -> None:
    assert total_minutes(["1h30m", "0h45m"]) == 135

from datetime import date
from pathlib import Path

from ridelog.report import average_speed, format_speed, main, report_lines
from ridelog.rides import Ride, read

EXPORT = """date,rider,km,moving_time
2024-05-05,Priya Shah,62.4,2:24:00
2024-05-12,Priya Shah,48.0,1:36:00
2024-05-12,Tom Hale,48.0,2:00:00
2024-04-28,Tom Hale,30.0,1:00:00
"""


def test_read(tmp_path: Path) -> None:
    path = tmp_path / "rides.csv"
    path.write_text(EXPORT, encoding="utf-8")
    assert read(path)[0] == Ride(date(2024, 5, 5), "Priya Shah", 62.4, 8640)


def test_average_speed() -> None:
    rides = [Ride(date(2024, 5, 5), "P", 62.4, 8640), Ride(date(2024, 5, 12), "P", 48.0, 5760)]
    assert average_speed(rides) == 28.0


def test_format_speed() -> None:
    assert format_speed(27.96) == "28.0"
    assert format_speed(None) == "-"


def test_report(tmp_path: Path, capsys) -> None:
    path = tmp_path / "rides.csv"
    path.write_text(EXPORT, encoding="utf-8")
    assert main([str(path), "--month", "2024-05"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Club rides 2024-05",
        "rider                rides       km   km/h",
        "Priya Shah               2    110.4   28.0",
        "Tom Hale                 1     48.0   24.0",
    ]


def test_month_filter() -> None:
    rides = [Ride(date(2024, 4, 28), "Tom Hale", 30.0, 3600)]
    assert report_lines(rides, "2024-05") == ["Club rides 2024-05", "rider                rides       km   km/h"]

from datetime import date
from pathlib import Path

from ridelog.report import average_speed, main
from ridelog.rides import Ride


def ride(km: float, seconds: int) -> Ride:
    return Ride(date(2024, 5, 5), "Priya Shah", km, seconds)


def test_hand_entered_ride_is_left_out_of_the_average_speed() -> None:
    assert average_speed([ride(62.4, 8640), ride(40.0, 0), ride(48.0, 5760)]) == 28.0


def test_no_timed_ride_has_no_average_speed() -> None:
    assert average_speed([ride(35.0, 0)]) is None
    assert average_speed([ride(35.0, 0), ride(20.0, 0)]) is None


def test_report_counts_hand_entered_rides_and_kilometres(tmp_path: Path, capsys) -> None:
    export = tmp_path / "rides.csv"
    export.write_text(
        "date,rider,km,moving_time\n"
        "2024-05-05,Priya Shah,62.4,2:24:00\n"
        "2024-05-12,Priya Shah,48.0,1:36:00\n"
        "2024-05-19,Dot Evans,35.0,0:00:00\n"
        "2024-05-19,Priya Shah,40.0,0:00:00\n"
        "2024-05-26,Tom Hale,48.0,2:00:00\n",
        encoding="utf-8",
    )
    assert main([str(export), "--month", "2024-05"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Club rides 2024-05",
        "rider                rides       km   km/h",
        "Dot Evans                1     35.0      -",
        "Priya Shah               3    150.4   28.0",
        "Tom Hale                 1     48.0   24.0",
    ]

from datetime import date, time
from pathlib import Path

from tideboard.board import CELL, NO_TIDE, Tide, board_lines, main


def test_day_with_a_single_high_water() -> None:
    tides = [
        Tide(date(2024, 6, 18), time(11, 10), "HW", 4.3),
        Tide(date(2024, 6, 18), time(23, 38), "HW", 4.4),
        Tide(date(2024, 6, 19), time(5, 46), "LW", 1.2),
        Tide(date(2024, 6, 19), time(11, 59), "HW", 4.5),
        Tide(date(2024, 6, 20), time(0, 25), "HW", 4.6),
        Tide(date(2024, 6, 20), time(12, 48), "HW", 4.7),
    ]
    assert board_lines(tides) == [
        "Date             1st HW       2nd HW",
        "Tue 18 Jun   11:10 4.3m   23:38 4.4m",
        f"Wed 19 Jun   11:59 4.5m {NO_TIDE:>{CELL}}",
        "Thu 20 Jun   00:25 4.6m   12:48 4.7m",
    ]
    assert board_lines(tides)[2] == "Wed 19 Jun   11:59 4.5m        --:--"


def test_whole_week_from_the_export(capsys) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "predictions.csv"
    assert main([str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12
    assert lines[1] == "Mon 10 Jun   03:41 4.7m   16:05 4.9m"
    assert lines[10] == "Wed 19 Jun   11:59 4.5m        --:--"
    assert lines[11] == "Thu 20 Jun   00:25 4.6m        --:--"

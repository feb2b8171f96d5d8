from datetime import date, time
from pathlib import Path

from tideboard.board import Tide, board_lines, high_waters_by_day, main


def _tides() -> list[Tide]:
    return [
        Tide(date(2024, 6, 10), time(16, 5), "HW", 4.9),
        Tide(date(2024, 6, 10), time(3, 41), "HW", 4.7),
        Tide(date(2024, 6, 10), time(9, 58), "LW", 1.1),
        Tide(date(2024, 6, 11), time(4, 27), "HW", 4.6),
        Tide(date(2024, 6, 11), time(16, 52), "HW", 4.8),
    ]


def test_high_waters_in_time_order() -> None:
    days = high_waters_by_day(_tides())
    assert [t.at for t in days[date(2024, 6, 10)]] == [time(3, 41), time(16, 5)]


def test_board() -> None:
    assert board_lines(_tides()) == [
        "Date             1st HW       2nd HW",
        "Mon 10 Jun   03:41 4.7m   16:05 4.9m",
        "Tue 11 Jun   04:27 4.6m   16:52 4.8m",
    ]


def test_main_prints_the_board(tmp_path: Path, capsys) -> None:
    csv = tmp_path / "week.csv"
    csv.write_text(
        "date,time,kind,height_m\n"
        "2024-06-11,04:27,HW,4.6\n"
        "2024-06-11,10:44,lw,1.2\n"
        "2024-06-11,16:52,hw,4.8\n",
        encoding="utf-8",
    )
    assert main([str(csv)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Tue 11 Jun   04:27 4.6m   16:52 4.8m"

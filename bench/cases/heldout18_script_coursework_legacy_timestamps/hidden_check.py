from datetime import datetime
from pathlib import Path

import pytest

from coursework.log import read_log
from coursework.report import main

ROWS = [
    "s1042,essay2,2024-03-04T10:15:00,64",
    "s1100,essay2,05/03/2024 09:30,68",
    "s0987,essay2,01/03/2024 16:45,75",
    "s2001,essay2,2024-03-06T13:00:00,70",
]


def write_log(tmp_path: Path) -> Path:
    path = tmp_path / "essay2.csv"
    path.write_text("student,assignment,submitted_at,mark\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_old_vle_rows_are_read_day_first(tmp_path: Path) -> None:
    submissions = {s.student: s for s in read_log(write_log(tmp_path))}
    assert len(submissions) == 4
    assert submissions["s1100"].submitted_at == datetime(2024, 3, 5, 9, 30)
    assert submissions["s0987"].submitted_at == datetime(2024, 3, 1, 16, 45)
    assert submissions["s1042"].submitted_at == datetime(2024, 3, 4, 10, 15)


def test_report_of_a_mixed_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(write_log(tmp_path)), "--deadline", "2024-03-04T12:00"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "s0987       75  0  75",
        "s1042       64  0  64",
        "s1100       68  1  63",
        "s2001       70  3  55",
        "4 submissions, 2 late",
    ]

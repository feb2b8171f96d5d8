from datetime import datetime
from pathlib import Path

import pytest

from coursework.log import read_log
from coursework.penalties import days_late, final_mark
from coursework.report import main

DEADLINE = datetime(2024, 3, 4, 12, 0)


def write_log(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "essay2.csv"
    path.write_text("student,assignment,submitted_at,mark\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_days_late_counts_part_days() -> None:
    assert days_late(datetime(2024, 3, 4, 11, 59), DEADLINE) == 0
    assert days_late(datetime(2024, 3, 4, 12, 1), DEADLINE) == 1
    assert days_late(datetime(2024, 3, 6, 12, 0), DEADLINE) == 2


def test_final_mark_never_negative() -> None:
    assert final_mark(72, 2) == 62
    assert final_mark(12, 4) == 0


def test_read_log(tmp_path: Path) -> None:
    path = write_log(tmp_path, ["s1042,essay2,2024-03-04T10:15:00,64"])
    [submission] = read_log(path)
    assert submission.submitted_at == datetime(2024, 3, 4, 10, 15)
    assert submission.mark == 64


def test_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_log(
        tmp_path,
        [
            "s2001,essay2,2024-03-05T09:00:00,70",
            "s1042,essay2,2024-03-04T10:15:00,64",
        ],
    )
    assert main([str(path), "--deadline", "2024-03-04T12:00"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "s1042       64  0  64",
        "s2001       70  1  65",
        "2 submissions, 1 late",
    ]

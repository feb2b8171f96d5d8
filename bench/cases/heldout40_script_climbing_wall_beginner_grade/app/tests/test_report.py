from pathlib import Path

import pytest

from wallstats.grades import BEGINNER, grade_label, grade_number
from wallstats.report import main

LOGBOOK = """member,date,problem,grade
Alex Kim,2024-05-02,Blue arete,V3
Alex Kim,2024-05-02,Roof crack,v5
Alex Kim,2024-05-09,Slab 12, V4
Jo Park,2024-05-03,Yellow traverse,V1
Jo Park,2024-04-28,Pink crimps,V2
"""


@pytest.fixture
def logbook(tmp_path: Path) -> Path:
    path = tmp_path / "logbook.csv"
    path.write_text(LOGBOOK, encoding="utf-8")
    return path


def test_grades() -> None:
    assert grade_number("V10") == 10
    assert grade_number(" v0 ") == 0
    assert grade_label(7) == "V7"
    assert grade_label(BEGINNER) == "VB"


def test_report(logbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(logbook)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "member          climbs  sessions  hardest",
        "Alex Kim             3         2  V5",
        "Jo Park              2         2  V2",
    ]


def test_report_since(logbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(logbook), "--since", "2024-05-01"])
    assert capsys.readouterr().out.splitlines()[-1] == "Jo Park              1         1  V1"

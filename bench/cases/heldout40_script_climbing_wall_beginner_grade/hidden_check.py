from pathlib import Path

import pytest

from wallstats.grades import BEGINNER, grade_label, grade_number
from wallstats.report import main

LOGBOOK = """member,date,problem,grade
Alex Kim,2024-05-02,Blue arete,V3
Alex Kim,2024-05-02,Roof crack,v5
Sam Ortiz,2024-05-04,Green circuit 1,VB
Sam Ortiz,2024-05-04,Green circuit 2, vb
Sam Ortiz,2024-05-11,Green circuit 3,VB
Jo Park,2024-05-03,Warm-up wall,VB
Jo Park,2024-05-03,Yellow traverse,V0
"""


def test_beginner_grade_reads_back_as_vb() -> None:
    assert grade_number(grade_label(BEGINNER)) == BEGINNER
    assert grade_number("V0") == 0


def test_report_counts_beginners_circuit_climbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "logbook.csv"
    path.write_text(LOGBOOK, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "member          climbs  sessions  hardest",
        "Sam Ortiz            3         2  VB",
        "Alex Kim             2         1  V5",
        "Jo Park              2         1  V0",
    ]

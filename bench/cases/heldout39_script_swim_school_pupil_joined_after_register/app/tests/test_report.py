from pathlib import Path

from attendance_report import main, report, tally

ENROLMENTS = [
    {"pupil": "Ava Brooks", "class": "Otters"},
    {"pupil": "Leo Grant", "class": "Otters"},
    {"pupil": "Mia Chen", "class": "Dolphins"},
]
REGISTERS = [
    {"date": "2024-09-07", "class": "Otters", "pupil": "Ava Brooks", "present": "y"},
    {"date": "2024-09-07", "class": "Otters", "pupil": "Leo Grant", "present": "n"},
    {"date": "2024-09-07", "class": "Dolphins", "pupil": "Mia Chen", "present": "y"},
    {"date": "2024-09-14", "class": "Otters", "pupil": "Ava Brooks", "present": "Y"},
    {"date": "2024-09-14", "class": "Otters", "pupil": "Leo Grant", "present": "y"},
    {"date": "2024-09-14", "class": "Dolphins", "pupil": "Mia Chen", "present": "y"},
]


def test_tally() -> None:
    held, attended = tally(REGISTERS)
    assert held["Leo Grant"] == 2 and attended["Leo Grant"] == 1


def test_report_lines_and_letters() -> None:
    lines = report(ENROLMENTS, REGISTERS)
    assert lines[1].split() == ["Mia", "Chen", "Dolphins", "2/2", "100%"]
    assert lines[2].split() == ["Ava", "Brooks", "Otters", "2/2", "100%"]
    assert lines[3].split() == ["Leo", "Grant", "Otters", "1/2", "50%"]
    assert lines[-1] == "Letters home: Leo Grant"


def test_main_reads_csv_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "enrolments.csv").write_text("pupil,class\nMia Chen,Dolphins\n", encoding="utf-8")
    (tmp_path / "registers.csv").write_text(
        "date,class,pupil,present\n2024-09-07,Dolphins,Mia Chen,y\n", encoding="utf-8"
    )
    assert main([str(tmp_path / "enrolments.csv"), str(tmp_path / "registers.csv")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[-2:] == ["1/1", "100%"]
    assert out[-1] == "Letters home: none"


def test_usage() -> None:
    assert main([]) == 2

from pathlib import Path

from attendance_report import main, report

ENROLMENTS = [
    {"pupil": "Ava Brooks", "class": "Otters"},
    {"pupil": "Leo Grant", "class": "Otters"},
    {"pupil": "Mia Chen", "class": "Dolphins"},
    {"pupil": "Noah Idowu", "class": "Dolphins"},
]
REGISTERS = [
    {"date": "2024-09-07", "class": "Otters", "pupil": "Ava Brooks", "present": "y"},
    {"date": "2024-09-07", "class": "Otters", "pupil": "Leo Grant", "present": "n"},
    {"date": "2024-09-07", "class": "Dolphins", "pupil": "Mia Chen", "present": "y"},
    {"date": "2024-09-14", "class": "Otters", "pupil": "Ava Brooks", "present": "y"},
    {"date": "2024-09-14", "class": "Otters", "pupil": "Leo Grant", "present": "y"},
    {"date": "2024-09-14", "class": "Dolphins", "pupil": "Mia Chen", "present": "n"},
]


def _line(lines: list[str], pupil: str) -> str:
    (line,) = [line for line in lines if line.startswith(pupil)]
    return line


def test_new_pupil_is_listed_as_not_started_without_a_letter() -> None:
    lines = report(ENROLMENTS, REGISTERS)
    assert _line(lines, "Noah Idowu").split()[-1] == "new"
    assert "%" not in _line(lines, "Noah Idowu")
    assert lines[-1] == "Letters home: Mia Chen, Leo Grant"


def test_other_pupils_unchanged() -> None:
    lines = report(ENROLMENTS, REGISTERS)
    assert _line(lines, "Mia Chen").split()[-2:] == ["1/2", "50%"]
    assert _line(lines, "Ava Brooks").split()[-2:] == ["2/2", "100%"]
    assert _line(lines, "Leo Grant").split()[-2:] == ["1/2", "50%"]


def test_cron_run_with_a_pupil_who_just_joined(tmp_path: Path, capsys) -> None:
    (tmp_path / "enrolments.csv").write_text(
        "pupil,class\nMia Chen,Dolphins\nNoah Idowu,Dolphins\n", encoding="utf-8"
    )
    (tmp_path / "registers.csv").write_text(
        "date,class,pupil,present\n2024-09-07,Dolphins,Mia Chen,y\n", encoding="utf-8"
    )
    assert main([str(tmp_path / "enrolments.csv"), str(tmp_path / "registers.csv")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert _line(out, "Noah Idowu").split()[-1] == "new"
    assert out[-1] == "Letters home: none"

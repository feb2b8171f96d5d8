from pathlib import Path

from grading.marks import outcome, percentage
from grading.report_cards import main


def test_percentage_rounds_halves_up() -> None:
    assert percentage(45, 60) == 75
    assert percentage(69, 120) == 58  # 57.5
    assert percentage(30, 30) == 100


def test_distinction() -> None:
    assert outcome(70) == "distinction"
    assert outcome(96) == "distinction"


def test_prize_list(tmp_path: Path, capsys) -> None:
    # The prize-giving list only ever holds distinctions.
    export = tmp_path / "prizes.csv"
    export.write_text("student,score,out_of\nAmara Osei,57,60\nJonas Berg,88,120\n", encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "Amara Osei: 95% (distinction)\nJonas Berg: 73% (distinction)\n"


def test_usage(capsys) -> None:
    assert main([]) == 2
    assert "python -m grading.report_cards" in capsys.readouterr().err

from pathlib import Path

from grading import config
from grading.marks import outcome
from grading.report_cards import main


def test_outcome_against_the_configured_thresholds() -> None:
    assert config.PASS_MARK == 40
    assert outcome(40) == "pass"
    assert outcome(45) == "pass"
    assert outcome(69) == "pass"
    assert outcome(39) == "fail"
    assert outcome(0) == "fail"
    assert outcome(70) == "distinction"


def test_class_report_cards(tmp_path: Path, capsys) -> None:
    export = tmp_path / "results.csv"
    export.write_text(
        "student,score,out_of\nAmara Osei,57,60\nLiam Novak,27,60\nJonas Berg,52,120\nMia Kowalski,23,60\n",
        encoding="utf-8",
    )
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == (
        "Amara Osei: 95% (distinction)\n"
        "Liam Novak: 45% (pass)\n"
        "Jonas Berg: 43% (pass)\n"
        "Mia Kowalski: 38% (fail)\n"
    )

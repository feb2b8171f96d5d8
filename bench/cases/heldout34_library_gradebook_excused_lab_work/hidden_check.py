from gradebook.grades import final_percentage
from gradebook.report import class_report


def test_excused_component_reweights_the_rest() -> None:
    # homework and exam alone, 0.2 : 0.5 -> (80 * 0.2 + 60 * 0.5) / 0.7
    assert final_percentage({"homework": 80, "labs": None, "exam": 60}) == 65.7
    # only the exam left
    assert final_percentage({"homework": None, "labs": None, "exam": 58}) == 58.0
    # homework excused: labs and exam, 0.3 : 0.5
    assert final_percentage({"homework": None, "labs": 90, "exam": 70}) == 77.5


def test_no_excuse_unchanged() -> None:
    assert final_percentage({"homework": 80, "labs": 70, "exam": 60}) == 67.0


def test_report_with_an_excused_student() -> None:
    rows = class_report(
        {
            "Amy Chen": {"homework": 90, "labs": 85, "exam": 78},
            "Noah Patel": {"homework": 80, "labs": None, "exam": 60},
            "Liam Byrne": {"homework": 55, "labs": 60, "exam": 48},
        }
    )
    assert rows == [("Amy Chen", 82.5, "A"), ("Noah Patel", 65.7, "B"), ("Liam Byrne", 53.0, "C")]

from gradebook.grades import final_percentage, letter
from gradebook.report import class_report, render


def test_weighted_average() -> None:
    assert final_percentage({"homework": 80, "labs": 70, "exam": 60}) == 67.0


def test_letters() -> None:
    assert [letter(p) for p in (95, 70, 69.9, 50, 12)] == ["A", "A", "B", "C", "F"]


def test_class_report_order() -> None:
    rows = class_report(
        {
            "Zara Ahmed": {"homework": 90, "labs": 85, "exam": 78},
            "Liam Byrne": {"homework": 55, "labs": 60, "exam": 48},
            "Amy Chen": {"homework": 90, "labs": 85, "exam": 78},
        }
    )
    assert rows == [("Amy Chen", 82.5, "A"), ("Zara Ahmed", 82.5, "A"), ("Liam Byrne", 53.0, "C")]
    assert render(rows).splitlines()[2] == "Liam Byrne            53.0  C"

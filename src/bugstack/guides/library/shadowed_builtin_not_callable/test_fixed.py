# mypy: disable-error-code="import-not-found"
from fixed import report


def test_the_report_names_the_best_day_and_the_spread() -> None:
    assert report([120, 340, 90]) == "best day 2 with 340, spread 250"

from datetime import date

import pytest

from league import results
from league.results import Match
from league.table import points, standings


@pytest.fixture(autouse=True)
def season() -> None:
    results.reset()
    results.record(Match(date(2024, 8, 10), "Rovers", "Athletic", 2, 0))
    results.record(Match(date(2024, 8, 3), "Athletic", "United", 1, 1))
    results.record(Match(date(2024, 8, 17), "United", "Rovers", 3, 2))


def test_matches_in_date_order() -> None:
    played = [m.played_on for m in results.matches_of("Rovers")]
    assert played == [date(2024, 8, 10), date(2024, 8, 17)]


def test_points() -> None:
    assert points("Rovers") == 3
    assert points("United") == 4
    assert points("Athletic") == 1


def test_standings() -> None:
    assert standings() == [("United", 4), ("Rovers", 3), ("Athletic", 1)]

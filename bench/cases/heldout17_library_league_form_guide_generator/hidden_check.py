from datetime import date

import pytest

from league import results
from league.form import fixtures_line, form_guide
from league.results import Match


@pytest.fixture(autouse=True)
def season() -> None:
    results.reset()
    # Filed out of order, as referees do; Rovers play seven times.
    for day, home, away, hg, ag in [
        (14, "Rovers", "Athletic", 2, 0),   # W (2nd)
        (7, "United", "Rovers", 1, 0),      # L (1st)
        (21, "Rovers", "United", 1, 1),     # D (3rd)
        (28, "City", "Rovers", 0, 3),       # W (4th)
        (5, "Rovers", "City", 0, 2),        # L (5th, October)
        (12, "Athletic", "Rovers", 2, 2),   # D (6th, October)
        (19, "Rovers", "Wanderers", 4, 1),  # W (7th, October)
    ]:
        month = 9 if day in (7, 14, 21, 28) else 10
        results.record(Match(date(2024, month, day), home, away, hg, ag))


def test_form_guide_is_the_last_five_most_recent_first() -> None:
    # Oldest to newest Rovers went L W D W L D W; the last five are D W L D W.
    assert form_guide("Rovers") == "WDLWD"


def test_form_guide_early_in_the_season() -> None:
    assert form_guide("Wanderers") == "L"
    assert form_guide("United") == "DW"
    assert form_guide("Nobody") == ""


def test_fixtures_line() -> None:
    assert fixtures_line("Rovers", "City") == "Rovers (WDLWD) v City (WL)"

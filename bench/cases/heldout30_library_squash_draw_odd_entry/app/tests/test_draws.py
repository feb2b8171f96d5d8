from datetime import datetime

import pytest
from draws import Entrant, make_draw
from draws.bracket import Match, first_round
from draws.schedule import notice, order_of_play
from draws.seeding import seed

EIGHT = [
    Entrant("Nadia", "Riverside", 1480),
    Entrant("Omar", "Riverside", 1210),
    Entrant("Bea", "Hillcrest", 1395),
    Entrant("Luc", "Hillcrest", 990),
    Entrant("Ines", "Riverside", None),
    Entrant("Tom", "Hillcrest", 1305),
    Entrant("Ravi", "Riverside", 1120),
    Entrant("Cara", "Hillcrest", 1050),
]


def test_seeding_best_first_unrated_at_1000() -> None:
    names = [e.name for e in seed(EIGHT)]
    assert names == ["Nadia", "Bea", "Tom", "Omar", "Ravi", "Cara", "Ines", "Luc"]


def test_seeding_drops_double_entries() -> None:
    again = Entrant("Bea", "Hillcrest", 1395)
    assert len(seed([*EIGHT, again])) == 8


def test_first_round_of_eight_is_best_against_worst() -> None:
    labels = [m.label() for m in first_round(seed(EIGHT))]
    assert labels == ["Nadia v Luc", "Bea v Ines", "Tom v Cara", "Omar v Ravi"]


def test_first_round_of_two() -> None:
    a, b = Entrant("A", "X", 1200), Entrant("B", "X", 1100)
    assert first_round([a, b]) == [Match(a, b)]


def test_a_draw_needs_two_players() -> None:
    with pytest.raises(ValueError):
        first_round([Entrant("A", "X")])


def test_order_of_play_on_two_courts() -> None:
    slots = make_draw(EIGHT, courts=2, start=datetime(2024, 3, 7, 19, 0))
    assert notice(slots).splitlines() == [
        "19:00 c1  Nadia v Luc",
        "19:00 c2  Bea v Ines",
        "19:45 c1  Tom v Cara",
        "19:45 c2  Omar v Ravi",
    ]


def test_byes_get_no_court() -> None:
    a, b, c = Entrant("A", "X"), Entrant("B", "X"), Entrant("C", "X")
    slots = order_of_play([Match(a, None), Match(b, c)], 1, datetime(2024, 3, 7, 19, 0))
    assert [(s.court, s.starts) for s in slots] == [(None, None), (1, datetime(2024, 3, 7, 19, 0))]
    assert slots[0].line().strip() == "A (bye)"

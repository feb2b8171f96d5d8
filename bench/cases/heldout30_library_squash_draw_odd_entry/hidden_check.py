from datetime import datetime

from draws import Entrant, make_draw
from draws.bracket import first_round
from draws.schedule import notice

SEVEN = [
    Entrant("Nadia", "Riverside", 1480),
    Entrant("Omar", "Riverside", 1210),
    Entrant("Bea", "Hillcrest", 1395),
    Entrant("Luc", "Hillcrest", 990),
    Entrant("Tom", "Hillcrest", 1305),
    Entrant("Ravi", "Riverside", 1120),
    Entrant("Cara", "Hillcrest", 1050),
]


def _players(n: int) -> list[Entrant]:
    return [Entrant(f"P{i}", "X", 2000 - i) for i in range(1, n + 1)]


def test_odd_field_top_seed_gets_the_bye() -> None:
    labels = [m.label() for m in first_round(_players(5))]
    assert labels == ["P1 (bye)", "P2 v P5", "P3 v P4"]


def test_three_players() -> None:
    matches = first_round(_players(3))
    assert [(m.home.name, m.away.name if m.away else None) for m in matches] == [
        ("P1", None),
        ("P2", "P3"),
    ]


def test_even_field_unchanged() -> None:
    labels = [m.label() for m in first_round(_players(6))]
    assert labels == ["P1 v P6", "P2 v P5", "P3 v P4"]


def test_club_night_of_seven() -> None:
    slots = make_draw(SEVEN, courts=2, start=datetime(2024, 3, 14, 19, 0))
    assert [line.strip() for line in notice(slots).splitlines()] == [
        "Nadia (bye)",
        "19:00 c1  Bea v Luc",
        "19:00 c2  Tom v Cara",
        "19:45 c1  Omar v Ravi",
    ]

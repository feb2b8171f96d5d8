import json

from league.feed import load
from league.table import render, standings


def _feed(*fixtures: dict[str, object]) -> str:
    return json.dumps({"season": "2024", "fixtures": list(fixtures)})


def test_postponed_fixture_counts_for_nothing() -> None:
    rows = standings(
        load(
            _feed(
                {"round": 1, "home": "Rovers", "away": "Albion", "score": "2-1", "status": "played"},
                {"round": 1, "home": "United", "away": "City", "score": "0-0", "status": "played"},
                {"round": 2, "home": "City", "away": "Rovers", "score": None, "status": "postponed"},
                {"round": 2, "home": "Albion", "away": "United", "score": "3-0", "status": "played"},
            )
        )
    )
    assert [(r.team, r.played, r.won, r.drawn, r.lost, r.points) for r in rows] == [
        ("Albion", 2, 1, 0, 1, 3),
        ("Rovers", 1, 1, 0, 0, 3),
        ("City", 1, 0, 1, 0, 1),
        ("United", 2, 0, 1, 1, 1),
    ]


def test_a_team_whose_only_fixture_is_postponed_still_has_a_row() -> None:
    rows = standings(
        load(
            _feed(
                {"round": 1, "home": "Rovers", "away": "Albion", "score": "1-1", "status": "played"},
                {"round": 1, "home": "Wanderers", "away": "Town", "score": None, "status": "postponed"},
                {"round": 2, "home": "Harriers", "away": "Rovers", "status": "scheduled"},
            )
        )
    )
    assert render(rows).splitlines()[1:] == [
        "1  Albion        1  0  1  0  +0    1",
        "2  Rovers        1  0  1  0  +0    1",
        "3  Harriers      0  0  0  0  +0    0",
        "4  Town          0  0  0  0  +0    0",
        "5  Wanderers     0  0  0  0  +0    0",
    ]

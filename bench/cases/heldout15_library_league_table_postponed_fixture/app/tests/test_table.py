import json

from league.feed import load
from league.table import Row, render, standings


def _feed(*fixtures: dict[str, object]) -> str:
    return json.dumps({"season": "2024", "fixtures": list(fixtures)})


def test_load_trims_team_names() -> None:
    fixtures = load(_feed({"round": "1", "home": " Rovers ", "away": "Albion", "score": "1-0"}))
    assert fixtures == [{"round": 1, "home": "Rovers", "away": "Albion", "score": "1-0", "status": "played"}]


def test_points_and_order() -> None:
    rows = standings(
        load(
            _feed(
                {"round": 1, "home": "Rovers", "away": "Albion", "score": "2-1", "status": "played"},
                {"round": 1, "home": "United", "away": "City", "score": "0-0", "status": "played"},
                {"round": 2, "home": "Albion", "away": "United", "score": "3-0", "status": "played"},
            )
        )
    )
    assert [(r.team, r.points, r.goal_difference) for r in rows] == [
        ("Albion", 3, 2),
        ("Rovers", 3, 1),
        ("City", 1, 0),
        ("United", 1, -3),
    ]


def test_render() -> None:
    text = render([Row("Rovers", played=1, won=1, goals_for=2, goals_against=1)])
    assert text.splitlines()[1] == "1  Rovers        1  1  0  0  +1    3"

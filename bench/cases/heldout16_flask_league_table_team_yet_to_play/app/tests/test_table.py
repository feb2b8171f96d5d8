import pytest

from league import web
from league.standings import Result, table


@pytest.fixture(autouse=True)
def fresh() -> None:
    web.reset()


def test_table_order_and_ppg() -> None:
    response = web.app.test_client().get("/leagues/sunday-div-1/table")
    assert response.status_code == 200
    rows = response.get_json()
    assert [r["team"] for r in rows] == ["Albion Rovers", "Canal Street", "Harbour Town", "Eastfield"]
    assert rows[0] == {
        "position": 1,
        "team": "Albion Rovers",
        "played": 2,
        "won": 1,
        "drawn": 1,
        "lost": 0,
        "goal_difference": 1,
        "points": 4,
        "ppg": 2.0,
    }
    assert rows[2]["ppg"] == 1.0
    assert rows[3]["ppg"] == 0.5


def test_tie_on_points_goes_to_goal_difference() -> None:
    rows = table(["A", "B", "C"], [Result("A", "C", 1, 0), Result("B", "C", 4, 0)])
    assert [r["team"] for r in rows] == ["B", "A", "C"]
    assert rows[2]["ppg"] == 0.0


def test_unknown_league() -> None:
    assert web.app.test_client().get("/leagues/nope/table").status_code == 404


def test_teams() -> None:
    response = web.app.test_client().get("/leagues/sunday-div-1/teams")
    assert response.get_json()[0] == "Albion Rovers"

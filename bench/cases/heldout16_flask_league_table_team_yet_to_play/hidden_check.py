import pytest

from league import web
from league.standings import Result, table


@pytest.fixture(autouse=True)
def fresh() -> None:
    web.reset()


def test_team_yet_to_play_is_listed_with_no_ppg() -> None:
    web.LEAGUES["sunday-div-1"][0].append("Northgate")
    response = web.app.test_client().get("/leagues/sunday-div-1/table")
    assert response.status_code == 200
    rows = response.get_json()
    assert [r["team"] for r in rows] == ["Albion Rovers", "Canal Street", "Harbour Town", "Eastfield", "Northgate"]
    assert rows[4] == {
        "position": 5,
        "team": "Northgate",
        "played": 0,
        "won": 0,
        "drawn": 0,
        "lost": 0,
        "goal_difference": 0,
        "points": 0,
        "ppg": None,
    }
    assert rows[3]["ppg"] == 0.5
    assert [r["ppg"] for r in rows[:3]] == [2.0, 1.5, 1.0]


def test_start_of_season() -> None:
    rows = table(["Eastfield", "Canal Street"], [])
    assert [(r["position"], r["team"], r["points"], r["ppg"]) for r in rows] == [
        (1, "Canal Street", 0, None),
        (2, "Eastfield", 0, None),
    ]


def test_a_pointless_team_that_played_keeps_zero_ppg() -> None:
    rows = table(["A", "B", "C"], [Result("A", "B", 2, 0)])
    assert [(r["team"], r["ppg"]) for r in rows] == [("A", 3.0), ("C", None), ("B", 0.0)]

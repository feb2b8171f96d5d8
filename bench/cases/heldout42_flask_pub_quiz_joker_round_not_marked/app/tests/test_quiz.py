import pytest

from quiznight import web
from quiznight.scoring import Team, standings, total


@pytest.fixture(autouse=True)
def fresh() -> None:
    web.NIGHTS.clear()


def test_total_with_and_without_joker() -> None:
    assert total(Team("Quizteama Aguilera", [6, 7, 5])) == 18
    assert total(Team("Les Quizerables", [6, 7, 5], joker=2)) == 25


def test_shared_positions() -> None:
    teams = [Team("A", [5]), Team("B", [7]), Team("C", [5]), Team("D", [3])]
    assert [(r["team"], r["position"]) for r in standings(teams)] == [("B", 1), ("A", 2), ("C", 2), ("D", 4)]


def test_full_night() -> None:
    client = web.create_app().test_client()
    client.post("/nights/2024-03-07/teams", json={"name": "Agatha Quiztie", "joker": 8})
    client.post("/nights/2024-03-07/teams", json={"name": "Universally Challenged"})
    for points in (5, 6, 7, 4, 8, 6, 5, 9):
        client.post("/nights/2024-03-07/teams/Agatha Quiztie/rounds", json={"points": points})
        client.post("/nights/2024-03-07/teams/Universally Challenged/rounds", json={"points": 7})
    board = client.get("/nights/2024-03-07/scoreboard").get_json()["standings"]
    assert board == [
        {"position": 1, "team": "Agatha Quiztie", "points": 59, "rounds_marked": 8},
        {"position": 2, "team": "Universally Challenged", "points": 56, "rounds_marked": 8},
    ]


def test_joker_out_of_range() -> None:
    client = web.create_app().test_client()
    assert client.post("/nights/2024-03-07/teams", json={"name": "X", "joker": 9}).status_code == 400


def test_unknown_night() -> None:
    assert web.create_app().test_client().get("/nights/2024-01-01/scoreboard").status_code == 404

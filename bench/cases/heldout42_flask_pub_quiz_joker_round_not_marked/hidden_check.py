import pytest

from quiznight import web
from quiznight.scoring import Team, total


@pytest.fixture(autouse=True)
def fresh() -> None:
    web.NIGHTS.clear()


def test_joker_round_not_marked_yet_counts_the_marked_rounds() -> None:
    assert total(Team("Tequila Mockingbird", [8, 7], joker=6)) == 15
    assert total(Team("Late Starters", [], joker=1)) == 0


def test_joker_doubles_once_its_round_is_marked() -> None:
    team = Team("Tequila Mockingbird", [8, 7, 3, 5, 6], joker=6)
    assert total(team) == 29
    team.scores.append(9)
    assert total(team) == 47
    assert total(Team("Quiz Akabusi", [6, 4], joker=2)) == 14


def test_scoreboard_mid_quiz() -> None:
    client = web.create_app().test_client()
    night = "/nights/2024-03-14"
    client.post(f"{night}/teams", json={"name": "Quiz Akabusi", "joker": 2})
    client.post(f"{night}/teams", json={"name": "Tequila Mockingbird", "joker": 6})
    client.post(f"{night}/teams", json={"name": "The Trivial Pursuers"})
    marks = {"Quiz Akabusi": (6, 4), "Tequila Mockingbird": (8, 7), "The Trivial Pursuers": (5, 9)}
    for team, points in marks.items():
        for p in points:
            client.post(f"{night}/teams/{team}/rounds", json={"points": p})
    response = client.get(f"{night}/scoreboard")
    assert response.status_code == 200
    assert response.get_json()["standings"] == [
        {"position": 1, "team": "Tequila Mockingbird", "points": 15, "rounds_marked": 2},
        {"position": 2, "team": "Quiz Akabusi", "points": 14, "rounds_marked": 2},
        {"position": 2, "team": "The Trivial Pursuers", "points": 14, "rounds_marked": 2},
    ]

import pytest
from fastapi.testclient import TestClient
from ladder import elo, store
from ladder.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_ladder_order_and_provisional_newcomer() -> None:
    rows = TestClient(app).get("/ladder").json()
    assert [row["name"] for row in rows] == [
        "Judit Polgar", "Mikhail Tal", "Vera Menchik", "Bobby Fischer",
    ]
    assert rows[-1] == {"id": 4, "name": "Bobby Fischer", "rating": 1200, "provisional": True}


def test_member_page() -> None:
    response = TestClient(app).get("/members/1")
    assert response.json() == {
        "id": 1, "name": "Vera Menchik", "joined": "2019-09-04", "rating": 1500, "games": 0,
    }
    assert TestClient(app).get("/members/99").status_code == 404


def test_game_between_rated_members() -> None:
    client = TestClient(app)
    response = client.post("/games", json={"white": 1, "black": 3, "result": "1-0"})
    assert response.status_code == 201
    body = response.json()
    assert body["white"] == {"id": 1, "before": 1500, "after": 1525}
    assert body["black"] == {"id": 3, "before": 1710, "after": 1685}
    assert client.get("/members/3").json()["games"] == 1


def test_draw_between_equals_changes_nothing() -> None:
    assert elo.updated(1600, 1600, 0.5) == 1600


def test_bad_reports() -> None:
    client = TestClient(app)
    assert client.post("/games", json={"white": 1, "black": 2, "result": "2-0"}).status_code == 422
    assert client.post("/games", json={"white": 2, "black": 2, "result": "1-0"}).status_code == 422
    assert client.post("/games", json={"white": 1, "black": 42, "result": "0-1"}).status_code == 404

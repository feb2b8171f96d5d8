import pytest
from fastapi.testclient import TestClient
from ladder import store
from ladder.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_first_rated_game_starts_from_the_provisional_rating() -> None:
    client = TestClient(app)
    response = client.post("/games", json={"white": 4, "black": 1, "result": "1-0"})
    assert response.status_code == 201
    body = response.json()
    assert body["white"] == {"id": 4, "before": 1200, "after": 1227}
    assert body["black"] == {"id": 1, "before": 1500, "after": 1473}
    newcomer = client.get("/members/4").json()
    assert newcomer["rating"] == 1227
    assert newcomer["games"] == 1
    row = next(r for r in client.get("/ladder").json() if r["id"] == 4)
    assert row["provisional"] is False


def test_newcomer_playing_black_and_losing() -> None:
    client = TestClient(app)
    response = client.post("/games", json={"white": 3, "black": 4, "result": "1-0"})
    assert response.status_code == 201
    body = response.json()
    assert body["black"] == {"id": 4, "before": 1200, "after": 1198}
    assert body["white"] == {"id": 3, "before": 1710, "after": 1712}

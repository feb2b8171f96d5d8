import pytest
from fastapi.testclient import TestClient

from activity import feed
from activity.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    feed.reset()


def test_whole_feed() -> None:
    body = TestClient(app).get("/activity").json()
    assert [a["id"] for a in body] == [1, 2, 3, 4]
    assert body[2]["at"] == "2024-05-01T12:00:05.250000Z"


def test_since() -> None:
    body = TestClient(app).get("/activity", params={"since": "2024-05-01T12:00:00"}).json()
    assert [a["id"] for a in body] == [3, 4]


def test_record() -> None:
    client = TestClient(app)
    response = client.post("/activity", json={"actor": "dee", "verb": "joined", "at": "2024-05-01T19:00:00+02:00"})
    assert response.status_code == 201
    assert response.json()["at"] == "2024-05-01T17:00:00Z"

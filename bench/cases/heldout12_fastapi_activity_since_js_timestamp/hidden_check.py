import pytest
from fastapi.testclient import TestClient

from activity import feed
from activity.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    feed.reset()


def test_since_as_the_dashboard_sends_it() -> None:
    response = TestClient(app).get("/activity", params={"since": "2024-05-01T12:00:05.250Z"})
    assert response.status_code == 200
    assert [a["id"] for a in response.json()] == [4]


def test_since_with_milliseconds_and_an_offset() -> None:
    client = TestClient(app)
    assert [a["id"] for a in client.get("/activity", params={"since": "2024-05-01T12:00:00.000Z"}).json()] == [3, 4]
    assert [a["id"] for a in client.get("/activity", params={"since": "2024-05-01T14:00:00+02:00"}).json()] == [3, 4]
    assert [a["id"] for a in client.get("/activity", params={"since": "2024-05-01T12:00:00"}).json()] == [3, 4]

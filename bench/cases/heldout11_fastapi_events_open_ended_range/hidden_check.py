from fastapi.testclient import TestClient
from feed.api import app, parse_range


def ids(headers: dict[str, str]) -> list[int]:
    response = TestClient(app).get("/events", headers=headers)
    assert response.status_code == 200
    return [e["id"] for e in response.json()]


def test_open_ended_range_runs_to_the_last_event() -> None:
    assert ids({"Range": "items=21-"}) == [21, 22, 23, 24]
    assert ids({"Range": "items=0-"}) == list(range(25))


def test_parse_open_ended() -> None:
    assert parse_range("items=3-", 10) == (3, 10)
    assert parse_range("items=3-4", 10) == (3, 5)


def test_closed_ranges_unchanged() -> None:
    assert ids({"Range": "items=5-7"}) == [5, 6, 7]

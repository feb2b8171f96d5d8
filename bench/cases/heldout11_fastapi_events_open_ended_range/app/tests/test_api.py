from fastapi.testclient import TestClient
from feed.api import app


def ids(headers: dict[str, str]) -> list[int]:
    return [e["id"] for e in TestClient(app).get("/events", headers=headers).json()]


def test_all_events() -> None:
    assert ids({}) == list(range(25))


def test_closed_range() -> None:
    assert ids({"Range": "items=5-7"}) == [5, 6, 7]
    assert ids({"Range": "items=20-99"}) == [20, 21, 22, 23, 24]

import pytest
from fastapi.testclient import TestClient

from seating import store
from seating.api import app
from seating.labels import row_index


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_seat_map_front_row_first() -> None:
    body = TestClient(app).get("/events/1/seat-map").json()
    assert body["free"] == 26
    assert [r["row"] for r in body["rows"]] == ["A", "B", "C"]
    assert body["rows"][0]["seats"] == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert body["rows"][1]["seats"] == [1, 2, 3, 6, 7, 8, 9, 10]


def test_unknown_event() -> None:
    assert TestClient(app).get("/events/99/seat-map").status_code == 404


def test_hold_takes_the_seat_off_the_map() -> None:
    client = TestClient(app)
    assert client.post("/events/1/holds/c3").json() == {"held": "C3"}
    assert client.post("/events/1/holds/C3").status_code == 409
    rows = client.get("/events/1/seat-map").json()["rows"]
    assert 3 not in rows[2]["seats"]


def test_row_index() -> None:
    assert [row_index(r) for r in ("A", "B", "Z", "AA", "AB", "BA")] == [1, 2, 26, 27, 28, 53]

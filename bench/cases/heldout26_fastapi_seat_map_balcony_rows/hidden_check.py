import pytest
from fastapi.testclient import TestClient

from seating import store
from seating.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_balcony_rows_come_after_the_stalls() -> None:
    response = TestClient(app).get("/events/2/seat-map")
    assert response.status_code == 200
    body = response.json()
    assert body["free"] == 39
    assert body["rows"] == [
        {"row": "Y", "seats": [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]},
        {"row": "Z", "seats": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]},
        {"row": "AA", "seats": [1, 3, 4, 5, 6, 8, 9, 10]},
        {"row": "AB", "seats": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]},
    ]


def test_held_balcony_seat_leaves_the_map() -> None:
    client = TestClient(app)
    assert client.post("/events/2/holds/AB10").json() == {"held": "AB10"}
    rows = client.get("/events/2/seat-map").json()["rows"]
    assert rows[-1] == {"row": "AB", "seats": [1, 2, 3, 4, 5, 6, 7, 8, 9]}
    assert sum(len(r["seats"]) for r in rows) == 38


def test_stalls_unchanged() -> None:
    body = TestClient(app).get("/events/1/seat-map").json()
    assert [r["row"] for r in body["rows"]] == ["A", "B", "C"]
    assert body["rows"][2]["seats"] == [1, 2, 3, 4, 5, 6, 7, 8, 9]

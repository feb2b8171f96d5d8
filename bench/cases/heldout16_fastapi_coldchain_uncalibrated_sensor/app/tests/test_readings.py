import pytest
from fastapi.testclient import TestClient

from coldchain.api import LATEST, app


@pytest.fixture(autouse=True)
def fresh() -> None:
    LATEST.clear()


def test_reading_in_range() -> None:
    response = TestClient(app).post("/readings", json={"sensor": "north-room-1", "raw": 344})
    assert response.json() == {"sensor": "north-room-1", "site": "depot-north", "raw": 344, "celsius": 3.0, "alert": False}


def test_warm_room_alerts() -> None:
    response = TestClient(app).post("/readings", json={"sensor": "north-room-2", "raw": 380})
    assert response.json()["celsius"] == 6.0
    assert response.json()["alert"] is True


def test_unknown_sensor() -> None:
    assert TestClient(app).post("/readings", json={"sensor": "attic", "raw": 1}).status_code == 404


def test_site_latest() -> None:
    client = TestClient(app)
    client.post("/readings", json={"sensor": "north-freezer", "raw": 240})
    client.post("/readings", json={"sensor": "north-room-1", "raw": 344})
    client.post("/readings", json={"sensor": "north-room-1", "raw": 352})
    latest = client.get("/sites/depot-north/latest").json()
    assert [(r["sensor"], r["celsius"]) for r in latest] == [("north-freezer", -20.0), ("north-room-1", 4.0)]
    assert client.get("/sites/depot-south/latest").json() == []
    assert client.get("/sites/attic/latest").status_code == 404

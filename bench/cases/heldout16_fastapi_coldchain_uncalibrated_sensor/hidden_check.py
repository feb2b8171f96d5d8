import pytest
from fastapi.testclient import TestClient

from coldchain.api import LATEST, app


@pytest.fixture(autouse=True)
def fresh() -> None:
    LATEST.clear()


def test_uncalibrated_sensor_reports_no_temperature() -> None:
    response = TestClient(app).post("/readings", json={"sensor": "south-room-1", "raw": 352})
    assert response.status_code == 200
    assert response.json() == {"sensor": "south-room-1", "site": "depot-south", "raw": 352, "celsius": None, "alert": False}


def test_uncalibrated_reading_is_kept_as_latest() -> None:
    client = TestClient(app)
    client.post("/readings", json={"sensor": "south-room-1", "raw": 500})
    assert client.get("/sites/depot-south/latest").json() == [
        {"sensor": "south-room-1", "site": "depot-south", "raw": 500, "celsius": None, "alert": False}
    ]


def test_calibrated_sensors_unchanged() -> None:
    response = TestClient(app).post("/readings", json={"sensor": "north-freezer", "raw": 260})
    assert response.json() == {"sensor": "north-freezer", "site": "depot-north", "raw": 260, "celsius": -15.0, "alert": True}

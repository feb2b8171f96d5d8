import pytest
from fastapi.testclient import TestClient

from heating import store
from heating.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_before_first_change_last_evening_setback_holds() -> None:
    response = TestClient(app).get("/thermostats/1/setpoint", params={"at": "05:10"})
    assert response.status_code == 200
    assert response.json() == {"room": "Living room", "celsius": 16.0, "next_change": "06:30"}


def test_just_after_midnight_in_the_bedroom() -> None:
    response = TestClient(app).get("/thermostats/2/setpoint", params={"at": "00:00"})
    assert response.json() == {"room": "Bedroom", "celsius": 17.0, "next_change": "07:00"}


def test_rest_of_the_day_unchanged() -> None:
    client = TestClient(app)
    assert client.get("/thermostats/1/setpoint", params={"at": "06:30"}).json()["celsius"] == 20.5
    assert client.get("/thermostats/1/setpoint", params={"at": "23:59"}).json()["celsius"] == 16.0

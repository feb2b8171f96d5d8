import pytest
from fastapi.testclient import TestClient

from heating import store
from heating.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_morning_setpoint() -> None:
    response = TestClient(app).get("/thermostats/1/setpoint", params={"at": "07:45"})
    assert response.json() == {"room": "Living room", "celsius": 20.5, "next_change": "09:00"}


def test_late_evening_next_change_is_tomorrow_morning() -> None:
    response = TestClient(app).get("/thermostats/2/setpoint", params={"at": "23:10"})
    assert response.json() == {"room": "Bedroom", "celsius": 17.0, "next_change": "07:00"}


def test_change_takes_effect_on_the_minute() -> None:
    response = TestClient(app).get("/thermostats/1/setpoint", params={"at": "17:00"})
    assert response.json()["celsius"] == 21.0


def test_away_holds_frost_protection() -> None:
    client = TestClient(app)
    client.post("/thermostats/1/away")
    assert client.get("/thermostats/1/setpoint", params={"at": "18:00"}).json()["celsius"] == 7.0


def test_unknown_thermostat_and_bad_time() -> None:
    client = TestClient(app)
    assert client.get("/thermostats/9/setpoint", params={"at": "08:00"}).status_code == 404
    assert client.get("/thermostats/1/setpoint", params={"at": "8 am"}).status_code == 422

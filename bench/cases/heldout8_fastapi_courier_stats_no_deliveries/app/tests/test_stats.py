from dispatch.api import app
from fastapi.testclient import TestClient

client = TestClient(app)


def test_odd_number_of_deliveries() -> None:
    assert client.get("/couriers/amira/stats").json() == {
        "courier": "amira",
        "name": "Amira K.",
        "deliveries": 3,
        "median_minutes": 35.0,
        "on_time": 2,
    }


def test_even_number_of_deliveries() -> None:
    assert client.get("/couriers/tomasz/stats").json()["median_minutes"] == 24.0


def test_unknown_courier() -> None:
    assert client.get("/couriers/nobody/stats").status_code == 404

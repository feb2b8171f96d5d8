import pytest
from fastapi.testclient import TestClient

from farebook import api
from farebook.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    api.reset()


def test_economy_booking_with_lower_case_airports() -> None:
    client = TestClient(app)
    response = client.post(
        "/bookings", json={"partner_ref": "AG-1", "origin": "lhr", "destination": "jfk", "passengers": 2}
    )
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "partner_ref": "AG-1",
        "route": "LHR-JFK",
        "cabin": "Y",
        "passengers": 2,
        "total": "840.00",
    }
    assert client.get("/bookings/1").json()["total"] == "840.00"


def test_premium_cabin() -> None:
    response = TestClient(app).post(
        "/bookings", json={"partner_ref": "AG-2", "origin": "CDG", "destination": "FCO", "cabin": "W"}
    )
    assert response.json()["total"] == "152.00"


def test_unknown_route() -> None:
    response = TestClient(app).post(
        "/bookings", json={"partner_ref": "AG-3", "origin": "LHR", "destination": "SYD"}
    )
    assert response.status_code == 404


def test_unknown_booking() -> None:
    assert TestClient(app).get("/bookings/42").status_code == 404

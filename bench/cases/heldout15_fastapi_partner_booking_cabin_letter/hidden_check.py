import pytest
from fastapi.testclient import TestClient

from farebook import api
from farebook.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    api.reset()


def test_lower_case_cabin_is_priced_as_that_cabin_and_stored_upper_case() -> None:
    client = TestClient(app)
    response = client.post(
        "/bookings",
        json={"partner_ref": "TRV-88412", "origin": "LHR", "destination": "JFK", "cabin": "j", "passengers": 2},
    )
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "partner_ref": "TRV-88412",
        "route": "LHR-JFK",
        "cabin": "J",
        "passengers": 2,
        "total": "2688.00",
    }
    assert client.get("/bookings/1").json()["cabin"] == "J"


@pytest.mark.parametrize(
    ("cabin", "total"), [("f", "522.50"), ("w", "152.00"), ("y", "95.00"), ("J", "304.00")]
)
def test_every_cabin_letter_in_either_case(cabin: str, total: str) -> None:
    response = TestClient(app).post(
        "/bookings", json={"partner_ref": "AG-9", "origin": "cdg", "destination": "fco", "cabin": cabin}
    )
    assert response.status_code == 201
    assert response.json()["total"] == total
    assert response.json()["cabin"] == cabin.upper()

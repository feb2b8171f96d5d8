import pytest
from fastapi.testclient import TestClient

from appeals import store
from appeals.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_a_gift_in_pounds_counts_at_face_value() -> None:
    client = TestClient(app)
    response = client.post("/appeals/1/donations", json={"donor": "Priya", "amount": "25.00", "currency": "GBP"})
    assert response.status_code == 201
    assert response.json()["raised"] == "25.00"
    client.post("/appeals/1/donations", json={"donor": "Tom", "amount": "10.50", "currency": "gbp"})
    client.post("/appeals/1/donations", json={"donor": "Maren", "amount": "40.00", "currency": "EUR"})
    body = client.get("/appeals/1").json()
    assert body["raised"] == "69.50"
    assert body["donations"] == 3
    assert body["currency"] == "GBP"


def test_foreign_gifts_still_converted() -> None:
    client = TestClient(app)
    client.post("/appeals/2/donations", json={"donor": "Dale", "amount": "100.00", "currency": "CAD"})
    assert client.get("/appeals/2").json()["raised"] == "58.00"

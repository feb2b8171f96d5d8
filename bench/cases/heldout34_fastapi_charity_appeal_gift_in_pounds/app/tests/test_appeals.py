import pytest
from fastapi.testclient import TestClient

from appeals import store
from appeals.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_new_appeal_has_raised_nothing() -> None:
    body = TestClient(app).get("/appeals/2").json()
    assert body == {
        "id": 2,
        "title": "Harbour lifeboat refit",
        "currency": "GBP",
        "target": "15000.00",
        "raised": "0.00",
        "donations": 0,
    }


def test_unknown_appeal() -> None:
    assert TestClient(app).get("/appeals/99").status_code == 404


def test_euro_and_dollar_gifts_are_converted() -> None:
    client = TestClient(app)
    client.post("/appeals/1/donations", json={"donor": "Maren", "amount": "40.00", "currency": "EUR"})
    response = client.post("/appeals/1/donations", json={"donor": "Dale", "amount": "25.00", "currency": "usd"})
    assert response.status_code == 201
    assert response.json()["raised"] == "53.75"
    assert response.json()["donations"] == 2


def test_unaccepted_currency_is_refused() -> None:
    response = TestClient(app).post(
        "/appeals/1/donations", json={"donor": "Kenji", "amount": "1000", "currency": "JPY"}
    )
    assert response.status_code == 422
    assert store.get(1).donations == []

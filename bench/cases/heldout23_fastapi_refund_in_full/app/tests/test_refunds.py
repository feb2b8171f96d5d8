import pytest
from fastapi.testclient import TestClient

from payments import store
from payments.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_read_invoice() -> None:
    response = TestClient(app).get("/invoices/INV-1002")
    assert response.json()["refundable"] == "90.00"


def test_partial_refund() -> None:
    response = TestClient(app).post(
        "/invoices/INV-1003/refunds", json={"amount": "25.5", "reason": "damaged"}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["amount"] == "25.50"
    assert body["invoice"]["refundable"] == "50.00"
    assert body["invoice"]["status"] == "paid"


def test_refund_more_than_paid() -> None:
    response = TestClient(app).post("/invoices/INV-1002/refunds", json={"amount": "90.01"})
    assert response.status_code == 422


def test_refund_of_an_open_invoice() -> None:
    response = TestClient(app).post("/invoices/INV-1001/refunds", json={"amount": "1.00"})
    assert response.status_code == 409


def test_unknown_invoice() -> None:
    assert TestClient(app).post("/invoices/INV-9/refunds", json={"amount": "1"}).status_code == 404

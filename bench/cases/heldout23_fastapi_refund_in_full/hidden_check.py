import pytest
from fastapi.testclient import TestClient

from payments import store
from payments.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_refund_in_full_gives_back_what_is_left() -> None:
    client = TestClient(app)
    response = client.post("/invoices/INV-1002/refunds", json={"reason": "duplicate_charge"})
    assert response.status_code == 201
    body = response.json()
    assert body["amount"] == "90.00"
    assert body["invoice"]["refunded"] == "120.00"
    assert body["invoice"]["refundable"] == "0.00"
    assert body["invoice"]["status"] == "refunded"
    again = client.post("/invoices/INV-1002/refunds", json={})
    assert again.status_code == 409


def test_refund_in_full_of_an_untouched_invoice_and_partial_ones_still_checked() -> None:
    client = TestClient(app)
    response = client.post("/invoices/INV-1003/refunds", json={})
    assert response.status_code == 201
    assert response.json()["amount"] == "75.50"
    assert client.post("/invoices/INV-1002/refunds", json={"amount": "0"}).status_code == 422
    assert client.post("/invoices/INV-1002/refunds", json={"amount": "95"}).status_code == 422

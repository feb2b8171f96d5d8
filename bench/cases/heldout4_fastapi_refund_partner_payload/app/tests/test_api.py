import json
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from payhub.api import PAYMENTS, app
from payhub.money import to_cents
from payhub.partner import OUTBOX, Payment

client = TestClient(app)


@pytest.fixture(autouse=True)
def payments() -> None:
    OUTBOX.clear()
    PAYMENTS.clear()
    PAYMENTS["P-1"] = Payment("P-1", Decimal("40.00"))


def test_to_cents() -> None:
    assert to_cents(Decimal("12.50")) == 1250
    assert to_cents(Decimal("12.505")) == 1251


def test_capture() -> None:
    assert client.post("/payments/P-1/capture").status_code == 202
    assert json.loads(OUTBOX[0]) == {"type": "capture", "reference": "P-1", "amount_cents": 4000}


def test_unknown_payment() -> None:
    assert client.post("/payments/P-9/capture").status_code == 404


def test_refund_above_the_payment_is_refused() -> None:
    assert client.post("/payments/P-1/refunds", json={"amount": "40.01"}).status_code == 422
    assert OUTBOX == []

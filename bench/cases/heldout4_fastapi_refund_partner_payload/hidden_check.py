import json
from decimal import Decimal

from fastapi.testclient import TestClient

from payhub.api import PAYMENTS, app
from payhub.partner import OUTBOX, Payment, refund_message

client = TestClient(app)


def test_refund_is_queued_in_whole_cents() -> None:
    OUTBOX.clear()
    PAYMENTS["P-20931"] = Payment("P-20931", Decimal("59.90"))
    response = client.post("/payments/P-20931/refunds", json={"amount": "12.45", "reason": "damaged"})
    assert response.status_code == 202
    message = json.loads(OUTBOX[-1])
    assert message == {"type": "refund", "reference": "P-20931", "amount_cents": 1245, "reason": "damaged"}
    assert type(message["amount_cents"]) is int


def test_half_cent_rounds_like_captures() -> None:
    message = json.loads(refund_message(Payment("P-2", Decimal("10")), Decimal("0.125"), "goodwill"))
    assert message["amount_cents"] == 13
    assert type(message["amount_cents"]) is int

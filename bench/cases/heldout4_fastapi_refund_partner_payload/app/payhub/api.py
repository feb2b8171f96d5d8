from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from payhub.money import parse_amount
from payhub.partner import OUTBOX, Payment, capture_message, refund_message

app = FastAPI(title="payhub")

PAYMENTS: dict[str, Payment] = {}


class RefundRequest(BaseModel):
    amount: str
    reason: str = "requested_by_customer"


def _payment(reference: str) -> Payment:
    payment = PAYMENTS.get(reference)
    if payment is None:
        raise HTTPException(status_code=404, detail="no such payment")
    return payment


@app.post("/payments/{reference}/capture", status_code=202)
def capture(reference: str) -> dict[str, bool]:
    OUTBOX.append(capture_message(_payment(reference)))
    return {"queued": True}


@app.post("/payments/{reference}/refunds", status_code=202)
def refund(reference: str, body: RefundRequest) -> dict[str, bool]:
    payment = _payment(reference)
    amount = parse_amount(body.amount)
    if not 0 < amount <= payment.amount:
        raise HTTPException(status_code=422, detail="refund must be above 0 and at most the payment")
    OUTBOX.append(refund_message(payment, amount, body.reason))
    return {"queued": True}

from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from payments import store
from payments.store import CENT, Invoice

app = FastAPI(title="payments")


class RefundRequest(BaseModel):
    #: None refunds everything still refundable: the support desk's "Refund in full" button.
    amount: Decimal | None = None
    reason: str = "requested_by_customer"


def _summary(invoice: Invoice) -> dict[str, object]:
    return {
        "number": invoice.number,
        "currency": invoice.currency,
        "total": str(invoice.total),
        "refunded": str(invoice.refunded),
        "refundable": str(invoice.refundable),
        "status": invoice.status,
    }


@app.get("/invoices/{number}")
def read_invoice(number: str) -> dict[str, object]:
    invoice = store.get(number)
    if invoice is None:
        raise HTTPException(status_code=404)
    return _summary(invoice)


@app.post("/invoices/{number}/refunds", status_code=201)
def create_refund(number: str, body: RefundRequest) -> dict[str, object]:
    """Refund part of a paid invoice, or, when no amount is given, all that is still
    refundable (the total less the earlier refunds)."""
    invoice = store.get(number)
    if invoice is None:
        raise HTTPException(status_code=404)
    if invoice.status != "paid":
        raise HTTPException(status_code=409, detail=f"invoice is {invoice.status}, not paid")
    amount = body.amount
    if amount <= 0 or amount > invoice.refundable:
        raise HTTPException(
            status_code=422, detail=f"a refund is between 0.01 and {invoice.refundable}"
        )
    refund = store.add_refund(invoice, amount.quantize(CENT), body.reason)
    return {"refund": refund.id, "amount": str(refund.amount), "invoice": _summary(invoice)}

from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from appeals import store
from appeals.fx import ACCEPTED_CURRENCIES, BASE_CURRENCY, to_base

app = FastAPI(title="Appeals")


class DonationIn(BaseModel):
    donor: str = Field(min_length=1)
    amount: Decimal = Field(gt=0, decimal_places=2)
    currency: str = Field(min_length=3, max_length=3)


def progress(appeal: store.Appeal) -> dict[str, object]:
    """The appeal's thermometer: money raised so far against the target, in BASE_CURRENCY."""
    raised = sum((to_base(d.amount, d.currency) for d in appeal.donations), Decimal("0.00"))
    return {
        "id": appeal.id,
        "title": appeal.title,
        "currency": BASE_CURRENCY,
        "target": str(appeal.target),
        "raised": str(raised),
        "donations": len(appeal.donations),
    }


def _appeal_or_404(appeal_id: int) -> store.Appeal:
    appeal = store.get(appeal_id)
    if appeal is None:
        raise HTTPException(status_code=404, detail="no such appeal")
    return appeal


@app.get("/appeals/{appeal_id}")
def read_appeal(appeal_id: int) -> dict[str, object]:
    return progress(_appeal_or_404(appeal_id))


@app.post("/appeals/{appeal_id}/donations", status_code=201)
def donate(appeal_id: int, donation: DonationIn) -> dict[str, object]:
    appeal = _appeal_or_404(appeal_id)
    currency = donation.currency.upper()
    if currency not in ACCEPTED_CURRENCIES:
        raise HTTPException(status_code=422, detail=f"we cannot take donations in {currency}")
    store.add_donation(appeal, store.Donation(donation.donor, donation.amount, currency))
    return progress(appeal)

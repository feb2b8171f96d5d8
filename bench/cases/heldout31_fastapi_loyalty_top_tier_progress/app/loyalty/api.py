from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from loyalty import store
from loyalty.tiers import TierProgress, progress, tier_for

app = FastAPI(title="Loyalty")


class Purchase(BaseModel):
    amount: Decimal = Field(gt=0, decimal_places=2)


def _member(member_id: int) -> store.Member:
    member = store.get(member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="no such member")
    return member


@app.get("/members/{member_id}")
def read_member(member_id: int) -> dict[str, object]:
    member = _member(member_id)
    return {
        "id": member.id,
        "name": member.name,
        "points": member.points,
        "tier": tier_for(member.points).name,
    }


@app.post("/members/{member_id}/purchases")
def record_purchase(member_id: int, purchase: Purchase) -> dict[str, object]:
    member = _member(member_id)
    earned = store.earn(member, purchase.amount)
    return {"earned": earned, "points": member.points, "tier": tier_for(member.points).name}


@app.get("/members/{member_id}/progress")
def read_progress(member_id: int) -> TierProgress:
    return progress(_member(member_id).points)

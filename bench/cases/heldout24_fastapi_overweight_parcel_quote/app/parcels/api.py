from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from parcels import rates

app = FastAPI(title="shipping quotes")


class Parcel(BaseModel):
    weight_kg: Decimal = Field(gt=0)


class QuoteRequest(BaseModel):
    carrier: str
    parcels: list[Parcel]


@app.get("/carriers")
def list_carriers() -> list[str]:
    return rates.carriers()


@app.post("/quotes")
def quote(request: QuoteRequest) -> dict[str, object]:
    """What the checkout shows for shipping an order split into these parcels."""
    if request.carrier not in rates.RATE_CARDS:
        raise HTTPException(status_code=404, detail=f"unknown carrier {request.carrier}")
    prices = [rates.parcel_price(request.carrier, p.weight_kg) for p in request.parcels]
    return {
        "carrier": request.carrier,
        "parcels": [str(price) for price in prices],
        "total": str(sum(prices, Decimal("0"))),
    }

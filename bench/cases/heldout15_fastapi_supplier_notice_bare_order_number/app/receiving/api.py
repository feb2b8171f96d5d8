"""Advance shipping notices: suppliers announce a delivery against one of our orders."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from receiving import orders

app = FastAPI(title="receiving")


class ShippingNotice(BaseModel):
    order: str
    carrier: str
    arrives: str
    pallets: int = Field(ge=1)
    hazardous: bool = False


def _order_or_404(reference: str) -> orders.PurchaseOrder:
    order = orders.find(orders.parse_order_number(reference))
    if order is None:
        raise HTTPException(status_code=404, detail="unknown purchase order")
    return order


@app.get("/orders/{reference}")
def read_order(reference: str) -> dict[str, object]:
    order = _order_or_404(reference)
    return {**asdict(order), "printed": orders.printed_number(order.number)}


@app.post("/notices", status_code=201)
def announce_delivery(notice: ShippingNotice) -> dict[str, object]:
    order = _order_or_404(notice.order)
    return orders.book_notice(
        {
            "order": orders.printed_number(order.number),
            "supplier": order.supplier,
            "dock": "D9" if notice.hazardous else order.dock,
            "carrier": notice.carrier.strip(),
            "arrives": notice.arrives,
            "pallets": notice.pallets,
        }
    )

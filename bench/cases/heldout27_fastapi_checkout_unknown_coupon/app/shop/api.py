from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from shop import pricing

app = FastAPI(title="shop checkout")


class Line(BaseModel):
    sku: str
    quantity: int = Field(1, ge=1)


class Cart(BaseModel):
    lines: list[Line]
    coupon: str | None = None


@app.post("/checkout/total")
def checkout_total(cart: Cart) -> dict[str, str]:
    """What the customer will be charged. An unknown SKU is a 404; a coupon the checkout
    refuses is a 422 whose detail the page shows under the coupon field. A cart is never
    priced as if the customer had not typed a coupon: they would pay more than they
    expect without being told why."""
    try:
        amount = pricing.subtotal([(line.sku, line.quantity) for line in cart.lines])
    except pricing.UnknownProduct as exc:
        raise HTTPException(status_code=404, detail=f"unknown product {exc}") from exc
    try:
        discount = pricing.coupon_discount(cart.coupon, amount, date.today())
    except pricing.CouponRejected as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {
        "subtotal": str(amount),
        "discount": str(discount),
        "total": str(amount - discount),
    }

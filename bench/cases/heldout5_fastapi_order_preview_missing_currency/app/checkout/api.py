from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI
from pydantic import BaseModel

from checkout.money import DEFAULT_CURRENCY, format_price

app = FastAPI()


class Line(BaseModel):
    name: str
    unit_price: Decimal
    quantity: int = 1


class Cart(BaseModel):
    currency: str = DEFAULT_CURRENCY
    lines: list[Line]


@app.post("/cart/lines")
def priced_lines(cart: Cart) -> list[dict[str, str]]:
    """Each line of the cart with its price, for the cart drawer."""
    return [
        {"name": line.name, "price": format_price(line.unit_price * line.quantity, cart.currency)}
        for line in cart.lines
    ]


@app.post("/cart/preview")
def preview(cart: Cart) -> dict[str, str | int]:
    """The order summary shown before payment."""
    total = sum((line.unit_price * line.quantity for line in cart.lines), Decimal("0"))
    return {"items": sum(line.quantity for line in cart.lines), "total": format_price(total)}

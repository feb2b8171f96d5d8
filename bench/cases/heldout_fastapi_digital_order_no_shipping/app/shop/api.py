from decimal import Decimal
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from shop.orders import ORDERS

app = FastAPI(title="order summaries")


class OrderSummary(BaseModel):
    id: str
    email: str
    items: int
    total: str
    #: None for orders with nothing to ship.
    ship_to_country: str | None


def _total(order: dict[str, Any]) -> Decimal:
    return sum(
        (Decimal(line["price"]) * line["quantity"] for line in order["line_items"]),
        Decimal("0"),
    )


@app.get("/orders/{order_id}/summary", response_model=OrderSummary)
def order_summary(order_id: str) -> OrderSummary:
    order = ORDERS.get(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail="no such order")
    return OrderSummary(
        id=order["id"],
        email=order["customer"]["email"],
        items=sum(line["quantity"] for line in order["line_items"]),
        total=f"{_total(order)} {order['currency']}",
        ship_to_country=order["shipping_address"]["country_code"],
    )

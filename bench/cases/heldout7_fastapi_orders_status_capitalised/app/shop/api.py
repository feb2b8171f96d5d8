from __future__ import annotations

from fastapi import FastAPI

from shop.orders import ORDERS, OrderStatus

app = FastAPI()


@app.get("/orders")
def list_orders(status: str | None = None) -> list[dict[str, str]]:
    """The customer's orders, optionally only those in ``?status=``.

    The status is matched case-insensitively ('Shipped', 'SHIPPED' and 'shipped' are
    the same filter), since old e-mails link with capitalised values.
    """
    orders = ORDERS
    if status is not None:
        wanted = OrderStatus(status)
        orders = [o for o in orders if o.status is wanted]
    return [{"number": o.number, "status": o.status.value, "total": o.total} for o in orders]

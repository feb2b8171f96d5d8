from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from flask import Flask, abort, jsonify, redirect, url_for

app = Flask(__name__)


@dataclass
class Order:
    id: int
    number: str
    items: list[str] = field(default_factory=list)


ORDERS: dict[str, Order] = {"B-1001": Order(17, "B-1001", ["teapot", "cups"])}
_ids = count(18)
_numbers = count(2002)


def place_order(items: list[str]) -> Order:
    order = Order(next(_ids), f"B-{next(_numbers)}", list(items))
    ORDERS[order.number] = order
    return order


# Since 3.0 orders are addressed by their public number: internal ids are not shown.
@app.get("/orders/<number>")
def order_detail(number: str):
    order = ORDERS.get(number) or abort(404)
    return jsonify(
        number=order.number,
        items=order.items,
        reorder=url_for("reorder", number=order.number),
        url=url_for("order_detail", number=order.number),
    )


@app.post("/orders/<number>/reorder")
def reorder(number: str):
    previous = ORDERS.get(number) or abort(404)
    order = place_order(previous.items)
    return redirect(url_for("order_detail", order_id=order.id))

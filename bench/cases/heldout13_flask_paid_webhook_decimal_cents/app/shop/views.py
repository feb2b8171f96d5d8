from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue

from shop import orders, webhooks

bp = Blueprint("shop", __name__)


def _order_or_404(order_id: int) -> orders.Order:
    order = orders.get(order_id)
    if order is None:
        abort(404)
    return order


def _as_json(order: orders.Order) -> dict[str, object]:
    return {
        "id": order.id,
        "customer": order.customer,
        "total": str(order.total),
        "currency": order.currency,
        "status": order.status,
    }


@bp.get("/orders/<int:order_id>")
def show(order_id: int) -> ResponseReturnValue:
    return jsonify(_as_json(_order_or_404(order_id)))


@bp.post("/orders/<int:order_id>/pay")
def pay(order_id: int) -> ResponseReturnValue:
    """Called by the payment provider's redirect once the card is charged."""
    order = _order_or_404(order_id)
    if order.status != "open":
        return jsonify({"error": f"order is {order.status}"}), 409
    order.status = "paid"
    webhooks.notify_paid(order)
    return jsonify(_as_json(order))


@bp.post("/orders/<int:order_id>/refund")
def refund(order_id: int) -> ResponseReturnValue:
    order = _order_or_404(order_id)
    try:
        amount = Decimal(str(request.form["amount"]))
    except InvalidOperation:
        abort(400)
    if order.status != "paid" or amount <= 0 or order.refunded + amount > order.total:
        abort(409)
    order.refunded += amount
    webhooks.notify_refunded(order, amount)
    return jsonify({**_as_json(order), "refunded": str(order.refunded)})

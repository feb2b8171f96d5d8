"""Notices for the warehouse service, queued here and posted by the outbox worker."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

from shop.orders import Order

#: Bodies waiting for the outbox worker, oldest first.
OUTBOX: list[bytes] = []


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def _queue(body: dict[str, object]) -> None:
    OUTBOX.append(json.dumps(body, sort_keys=True).encode("utf-8"))


def notify_paid(order: Order) -> None:
    """Queue the "order.paid" notice.

    Amounts cross service boundaries as integer cents (``amount_cents``), never as
    decimal strings or floats: the warehouse's schema rejects anything else.
    """
    _queue(
        {
            "event": "order.paid",
            "order_id": order.id,
            "amount_cents": order.total * 100,
            "currency": order.currency,
        }
    )


def notify_refunded(order: Order, amount: Decimal) -> None:
    """Queue the "order.refunded" notice (integer cents, like every notice)."""
    _queue(
        {
            "event": "order.refunded",
            "order_id": order.id,
            "amount_cents": _cents(amount),
            "currency": order.currency,
        }
    )

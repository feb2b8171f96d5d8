"""Messages to the payment partner.

The partner's API takes JSON in which every amount is a whole number of cents under a key
ending in ``_cents`` (``money.to_cents``). The messages are queued in ``OUTBOX`` as JSON
text; a worker posts them (not part of this sample).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from payhub.money import to_cents

OUTBOX: list[str] = []


@dataclass(frozen=True)
class Payment:
    reference: str
    amount: Decimal


def capture_message(payment: Payment) -> str:
    return json.dumps({"type": "capture", "reference": payment.reference, "amount_cents": to_cents(payment.amount)})


def refund_message(payment: Payment, amount: Decimal, reason: str) -> str:
    return json.dumps(
        {"type": "refund", "reference": payment.reference, "amount_cents": amount * 100, "reason": reason}
    )

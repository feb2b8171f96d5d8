"""Payments as the Paylane API sends them in webhooks.

Since API version 2 (the one we use, see ``API_VERSION``) every timestamp in a payload
is Unix time in **milliseconds**; version 1 sent seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

API_VERSION = 2


@dataclass(frozen=True)
class Payment:
    id: str
    amount_cents: int
    currency: str
    created: datetime
    #: When the payment was refunded; None while it has not been.
    refunded_at: datetime | None = None


def _from_millis(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def parse_payment(data: dict[str, Any]) -> Payment:
    """A ``payment.*`` webhook's ``data.object``."""
    refunded = data.get("refunded")
    return Payment(
        id=data["id"],
        amount_cents=int(data["amount"]),
        currency=data["currency"].upper(),
        created=_from_millis(data["created"]),
        refunded_at=datetime.fromtimestamp(refunded, tz=timezone.utc) if refunded else None,
    )

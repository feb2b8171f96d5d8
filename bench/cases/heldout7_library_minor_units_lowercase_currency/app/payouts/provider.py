"""Building payout requests for the payment provider's API."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from payouts.money import to_minor


def payout_request(seller_id: str, amount: Decimal, currency: str, reference: str) -> dict[str, Any]:
    """The JSON body of POST /v1/payouts. ``currency`` as the provider sent it on the
    seller's account (lower case, e.g. 'jpy')."""
    return {
        "destination": seller_id,
        "amount": to_minor(amount, currency),
        "currency": currency.lower(),
        "description": reference,
    }

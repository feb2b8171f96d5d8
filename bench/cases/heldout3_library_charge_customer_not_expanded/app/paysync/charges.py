from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from paysync.expand import id_of


@dataclass(frozen=True)
class Charge:
    id: str
    amount_cents: int
    currency: str
    #: None for a guest checkout.
    customer_id: str | None
    #: Only known when the customer was expanded; None otherwise.
    customer_email: str | None = None


@dataclass(frozen=True)
class Refund:
    id: str
    charge_id: str
    amount_cents: int


def parse_charge(data: dict[str, Any]) -> Charge:
    """A charge object, from an API response or a ``charge.*`` webhook."""
    customer = data.get("customer")
    return Charge(
        id=data["id"],
        amount_cents=int(data["amount"]),
        currency=str(data["currency"]).upper(),
        customer_id=customer["id"] if customer else None,
        customer_email=customer.get("email") if customer else None,
    )


def parse_refund(data: dict[str, Any]) -> Refund:
    charge_id = id_of(data["charge"])
    if charge_id is None:
        raise ValueError(f"refund {data['id']} has no charge")
    return Refund(id=data["id"], charge_id=charge_id, amount_cents=int(data["amount"]))

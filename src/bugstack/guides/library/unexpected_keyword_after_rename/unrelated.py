"""Calls whose keywords all match, and functions that accept any keyword."""

from typing import Any


def send_invoice(account_id: int, amount_cents: int, currency: str = "EUR") -> str:
    return f"{account_id} {amount_cents} {currency}"


def log(message: str, **fields: Any) -> str:
    return message + repr(fields)


def bill(customer: dict[str, int]) -> str:
    log("billing", customer_id=customer["id"])
    return send_invoice(account_id=customer["id"], amount_cents=customer["due"], currency="USD")

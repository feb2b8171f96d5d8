"""Invoices, numbered without gaps from FIRST_NUMBER (the accountant insists)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

FIRST_NUMBER = 1001


@dataclass
class Invoice:
    number: int
    customer: str
    amount: Decimal
    paid: bool = False


INVOICES: dict[int, Invoice] = {}


def next_number() -> int:
    return max(INVOICES, default=FIRST_NUMBER - 1) + 1


def add_invoice(customer: str, amount: Decimal) -> Invoice:
    invoice = Invoice(number=next_number(), customer=customer, amount=amount)
    INVOICES[invoice.number] = invoice
    return invoice

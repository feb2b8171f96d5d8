"""Invoices and their refunds, kept in memory (production: Postgres behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

CENT = Decimal("0.01")


@dataclass
class Refund:
    id: int
    amount: Decimal
    reason: str


@dataclass
class Invoice:
    number: str
    customer: str
    currency: str
    total: Decimal
    #: "open", "paid", "refunded" (paid, then given back in full) or "void".
    status: str
    refunds: list[Refund] = field(default_factory=list)

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), Decimal("0.00"))

    @property
    def refundable(self) -> Decimal:
        """What can still be given back: the total less every earlier refund."""
        return self.total - self.refunded


_INVOICES: dict[str, Invoice] = {}
_next_refund_id = 1


def reset() -> None:
    global _next_refund_id
    _INVOICES.clear()
    _next_refund_id = 1
    for invoice in (
        Invoice("INV-1001", "acme", "EUR", Decimal("49.00"), "open"),
        Invoice("INV-1002", "globex", "EUR", Decimal("120.00"), "paid"),
        Invoice("INV-1003", "initech", "USD", Decimal("75.50"), "paid"),
    ):
        _INVOICES[invoice.number] = invoice
    add_refund(_INVOICES["INV-1002"], Decimal("30.00"), "late_delivery")


def get(number: str) -> Invoice | None:
    return _INVOICES.get(number)


def add_refund(invoice: Invoice, amount: Decimal, reason: str) -> Refund:
    global _next_refund_id
    refund = Refund(_next_refund_id, amount, reason)
    _next_refund_id += 1
    invoice.refunds.append(refund)
    if invoice.refundable == 0:
        invoice.status = "refunded"
    return refund


reset()

"""The monthly chargeback: who in the company pays what part of the SaaS invoice.

The supplier's invoice has two parts. The platform fee is shared by usage, each cost
centre weighing its seat-days in the month (from the supplier's usage export); the flat
support fee is shared evenly by every cost centre on the contract. The platform fee is
owed in full every month, used or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from chargeback.split import allocate, split_evenly


@dataclass(frozen=True)
class SupplierInvoice:
    month: str  # "2024-08"
    platform_fee_cents: int
    support_fee_cents: int


@dataclass(frozen=True)
class Charge:
    centre: str
    platform_cents: int
    support_cents: int

    @property
    def total_cents(self) -> int:
        return self.platform_cents + self.support_cents


def chargeback(invoice: SupplierInvoice, seat_days: dict[str, int]) -> list[Charge]:
    """One charge per cost centre on the contract (the keys of ``seat_days``, in order)."""
    centres = list(seat_days)
    platform = allocate(invoice.platform_fee_cents, seat_days)
    support = split_evenly(invoice.support_fee_cents, centres)
    return [Charge(c, platform[c], support[c]) for c in centres]


def journal_lines(invoice: SupplierInvoice, charges: list[Charge]) -> list[str]:
    """The lines finance imports, one per centre, tab-separated, amounts in cents."""
    return [f"{invoice.month}\t{c.centre}\t{c.total_cents}" for c in charges]

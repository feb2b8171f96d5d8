"""What the customer is charged for each parcel of a manifest."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal

from freightcalc.records import Parcel

BASE_FEE = Decimal("4.50")
#: Price per billable kilogram, by destination country.
PER_KG: dict[str, Decimal] = {
    "DE": Decimal("0.80"),
    "FR": Decimal("1.10"),
    "NL": Decimal("0.95"),
}
#: Parcels lighter than this are billed as if they weighed this much.
MIN_BILLABLE_KG = Decimal("1")
#: Billable weight is rounded up to the next tenth of a kilogram.
BILLING_STEP = Decimal("0.1")


def charge(record: Parcel) -> Decimal:
    """The price of one parcel: base fee plus billable weight times the per-kg rate."""
    kg = max(Decimal(str(record["weight_kg"])), MIN_BILLABLE_KG)
    billable = kg.quantize(BILLING_STEP, rounding=ROUND_UP)
    price = BASE_FEE + billable * PER_KG[record["dest"]]
    return price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def invoice_total(records: Iterable[Parcel]) -> Decimal:
    return sum((charge(record) for record in records), Decimal("0.00"))

"""Invoices as the billing database returns them (JSON documents).

Lines copied from the catalogue carry the product's ``tax_code``; lines an account
manager types in by hand (workshops, one-off fees) have only a description, a quantity
and a unit price.
"""

from __future__ import annotations

import copy
from typing import Any

_INVOICES: dict[str, dict[str, Any]] = {
    "INV-2024-0107": {
        "number": "INV-2024-0107",
        "customer": "Hartley & Sons Ltd",
        "currency": "GBP",
        "issued": "2024-05-02",
        "lines": [
            {"sku": "PLAN-TEAM", "description": "Team plan, May", "quantity": 1, "unit_price": "240.00", "tax_code": "S"},
            {"sku": "BOOK-ONB", "description": "Onboarding handbook (print)", "quantity": 3, "unit_price": "12.50", "tax_code": "Z"},
            {"description": "Onboarding workshop, 2 May", "quantity": 1, "unit_price": "450.00"},
        ],
    },
    "INV-2024-0108": {
        "number": "INV-2024-0108",
        "customer": "Pellow Dental",
        "currency": "GBP",
        "issued": "2024-05-03",
        "lines": [
            {"sku": "PLAN-SOLO", "description": "Solo plan, May", "quantity": 1, "unit_price": "29.99", "tax_code": "S"},
            {"sku": "SEAT", "description": "Extra seats", "quantity": 3, "unit_price": "4.15", "tax_code": "S"},
            {"sku": "BOOK-ONB", "description": "Onboarding handbook (print)", "quantity": 1, "unit_price": "12.50", "tax_code": "Z"},
        ],
    },
}


def get_invoice(number: str) -> dict[str, Any] | None:
    invoice = _INVOICES.get(number)
    return copy.deepcopy(invoice) if invoice is not None else None


def add_invoice(invoice: dict[str, Any]) -> None:
    _INVOICES[invoice["number"]] = copy.deepcopy(invoice)

"""Amounts as our users type them.

The app is used in France and Germany: "12,50" means twelve euros fifty. A point is
accepted too ("12.50"); thousands separators are not used.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")


def parse_amount(text: str) -> Decimal:
    """``text`` as euros to the cent: "12,50" and "12.50" both give ``Decimal("12.50")``.

    Raises ValueError when ``text`` is not an amount.
    """
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"not an amount: {text!r}")
    return value.quantize(CENT)


def format_amount(value: Decimal) -> str:
    return f"{value:.2f}"

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_cents(amount: Decimal) -> int:
    """``amount`` in euros as whole cents, half a cent rounded up: Decimal("12.505") -> 1251."""
    return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def parse_amount(text: str) -> Decimal:
    """A euro amount as typed in the back office ("12.50")."""
    return Decimal(text.strip())

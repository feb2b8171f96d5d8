from __future__ import annotations

from dataclasses import dataclass

from ledger.allocate import allocate


@dataclass(frozen=True)
class Line:
    sku: str
    net_cents: int


def spread_discount(lines: list[Line], discount_cents: int) -> dict[str, int]:
    """An order-level voucher spread over the lines (for per-line VAT), by line value."""
    parts = allocate(discount_cents, [line.net_cents for line in lines])
    return {line.sku: part for line, part in zip(lines, parts, strict=True)}

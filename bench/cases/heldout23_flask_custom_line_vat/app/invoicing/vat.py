"""UK VAT on invoice lines."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

PENNY = Decimal("0.01")

#: The standard-rate code. Only what the catalogue marks reduced (R), zero-rated (Z) or
#: exempt (E) is taxed otherwise; everything else we sell is standard-rated.
STANDARD = "S"

TAX_RATES: dict[str, Decimal] = {
    STANDARD: Decimal("0.20"),
    "R": Decimal("0.05"),
    "Z": Decimal("0.00"),
    "E": Decimal("0.00"),
}


def line_net(line: dict[str, Any]) -> Decimal:
    return (Decimal(line["unit_price"]) * line["quantity"]).quantize(PENNY, ROUND_HALF_UP)


def line_vat(line: dict[str, Any]) -> tuple[str, Decimal]:
    """The line's tax code and its VAT, rounded to the penny per line (HMRC allows it)."""
    code = line["tax_code"]
    return code, (line_net(line) * TAX_RATES[code]).quantize(PENNY, ROUND_HALF_UP)

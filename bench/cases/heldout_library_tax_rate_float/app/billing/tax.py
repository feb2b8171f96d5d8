"""VAT on invoice lines. Money is ``Decimal`` throughout, rounded half-up to the cent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

CENT = Decimal("0.01")
RATES_FILE = Path(__file__).with_name("rates.json")


@dataclass(frozen=True)
class TaxTable:
    #: category -> rate, as a fraction (0.2 is 20 %)
    rates: dict[str, Decimal]

    @classmethod
    def load(cls, path: Path = RATES_FILE) -> TaxTable:
        """The rates the finance team maintains in ``rates.json``."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def gross(self, net: Decimal, category: str) -> Decimal:
        """``net`` plus the category's VAT, to the cent."""
        rate = self.rates[category]
        return (net * (1 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_total(lines: list[tuple[Decimal, str]], table: TaxTable) -> Decimal:
    """Sum of the gross amounts of ``(net, category)`` lines."""
    return sum((table.gross(net, category) for net, category in lines), Decimal("0"))

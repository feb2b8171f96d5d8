from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from royalties.contract import Contract
from royalties.sales import Sale

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    title: str
    format: str
    units: int
    net_receipts: Decimal
    rate: Decimal
    royalty: Decimal


def statement_lines(contract: Contract, sales: Iterable[Sale]) -> list[Line]:
    """One line per sales row, royalty = net receipts x the contract's rate for the
    format, rounded half-up to the cent."""
    lines = []
    for sale in sales:
        rate = contract.rates[sale.format]
        royalty = (sale.net_receipts * rate).quantize(CENT, rounding=ROUND_HALF_UP)
        lines.append(Line(sale.title, sale.format, sale.units, sale.net_receipts, rate, royalty))
    return lines


def render(contract: Contract, period: str, lines: list[Line]) -> str:
    out = [
        f"Royalty statement: {contract.author}, {period}",
        f"{'Title':<28} {'Format':<10} {'Units':>6} {'Receipts':>10} {'Rate':>6} {'Royalty':>9}",
    ]
    for line in lines:
        out.append(
            f"{line.title:<28} {line.format:<10} {line.units:>6} {line.net_receipts:>10} "
            f"{line.rate * 100:>5.1f}% {line.royalty:>9}"
        )
    total = sum((line.royalty for line in lines), Decimal("0.00"))
    out.append(f"Total royalties: {total}")
    return "\n".join(out)

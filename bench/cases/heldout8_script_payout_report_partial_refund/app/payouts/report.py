"""What each marketplace seller is owed for the week: their sales minus their refunds.

``python -m payouts.report SALES.json REFUNDS.json``

Money is Decimal throughout, so the payout file matches the bank's to the cent: JSON
numbers are read with ``parse_float=Decimal`` and never pass through float.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any


def load_sales(path: Path) -> list[dict[str, Any]]:
    """The shop's sales export: ``[{"seller": ..., "amount": 19.99}, ...]``."""
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def load_refunds(path: Path) -> list[dict[str, Any]]:
    """The payment provider's refund export, same shape as the sales (since 2.3)."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def net_by_seller(sales: list[dict[str, Any]], refunds: list[dict[str, Any]]) -> dict[str, Decimal]:
    net: defaultdict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for sale in sales:
        net[sale["seller"]] += sale["amount"]
    for refund in refunds:
        net[refund["seller"]] -= refund["amount"]
    return dict(net)


def main(argv: list[str]) -> int:
    net = net_by_seller(load_sales(Path(argv[0])), load_refunds(Path(argv[1])))
    for seller in sorted(net):
        print(f"{seller},{net[seller]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Contract:
    author: str
    #: Royalty rate on net receipts, by format (lower-case): {"paperback": Decimal("0.075")}.
    rates: dict[str, Decimal]


def load_contract(path: Path) -> Contract:
    data = json.loads(path.read_text(encoding="utf-8"))
    # Formats are matched case-insensitively: agents type "Paperback" in contracts and
    # distributors report "PAPERBACK" or "eBook", so the rates are kept lower-case.
    rates = {fmt.strip().lower(): Decimal(str(rate)) for fmt, rate in data["rates"].items()}
    return Contract(author=data["author"], rates=rates)

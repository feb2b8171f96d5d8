from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Sale:
    isbn: str
    title: str
    format: str
    units: int
    net_receipts: Decimal


def read_sales(path: Path) -> list[Sale]:
    """A distributor's quarterly report: isbn,title,format,units,net_receipts."""
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Sale(
                isbn=row["isbn"].strip(),
                title=row["title"].strip(),
                format=row["format"].strip(),
                units=int(row["units"]),
                net_receipts=Decimal(row["net_receipts"]),
            )
            for row in csv.DictReader(fh)
        ]

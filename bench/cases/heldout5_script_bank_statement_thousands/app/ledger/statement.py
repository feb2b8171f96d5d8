"""Rows of the bank's CSV statement export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Transaction:
    booked_on: date
    payee: str
    amount: float


def parse_amount(text: str) -> float:
    """An amount as the bank writes it, in pounds: '42.10', '-7.99'.

    The bank groups thousands with commas ('1,234.50', '-12,000.00'); the decimal
    separator is always the point.
    """
    return float(text)


def read_statement(path: Path) -> list[Transaction]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Transaction(date.fromisoformat(row["Date"]), row["Payee"], parse_amount(row["Amount"]))
            for row in csv.DictReader(handle)
        ]

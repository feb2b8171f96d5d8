from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

#: The bank's CSV export: fields separated by ';', amounts written the German way, with
#: '.' grouping the thousands and ',' before the cents ("-1.234,56").
DELIMITER = ";"
THOUSANDS_SEPARATOR = "."
DECIMAL_SEPARATOR = ","


@dataclass(frozen=True)
class Summary:
    income: Decimal
    spending: Decimal

    @property
    def balance(self) -> Decimal:
        return self.income + self.spending


def parse_amount(text: str) -> Decimal:
    """An amount as the bank writes it ("-12,50") -> Decimal("-12.50")."""
    return Decimal(text.strip().replace(DECIMAL_SEPARATOR, "."))


def summarise(path: Path) -> Summary:
    income = spending = Decimal("0.00")
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter=DELIMITER):
            amount = parse_amount(row["Betrag"])
            if amount >= 0:
                income += amount
            else:
                spending += amount
    return Summary(income, spending)

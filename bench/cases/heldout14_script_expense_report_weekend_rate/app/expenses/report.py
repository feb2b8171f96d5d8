"""Monthly expense report: card transactions in their own currency, totalled in euros.

    python -m expenses.report TRANSACTIONS.csv --rates RATES.csv

TRANSACTIONS.csv is the card issuer's export (date,description,amount,currency).
RATES.csv holds the ECB euro reference rates (date,currency,rate: units of the currency
per 1 EUR), one row per currency for each day the ECB publishes. It publishes none on
weekends and TARGET holidays: a transaction on such a day is converted at the last rate
published before it, as the card issuer itself does.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Rate:
    day: date
    currency: str
    per_euro: Decimal


@dataclass(frozen=True)
class Transaction:
    day: date
    description: str
    amount: Decimal
    currency: str


def load_rates(path: Path) -> list[Rate]:
    with path.open(newline="", encoding="utf-8") as f:
        rates = [
            Rate(date.fromisoformat(row["date"]), row["currency"], Decimal(row["rate"]))
            for row in csv.DictReader(f)
        ]
    return sorted(rates, key=lambda r: r.day)


def load_transactions(path: Path) -> list[Transaction]:
    with path.open(newline="", encoding="utf-8") as f:
        return [
            Transaction(
                date.fromisoformat(row["date"]),
                row["description"],
                Decimal(row["amount"]),
                row["currency"],
            )
            for row in csv.DictReader(f)
        ]


def rate_on(rates: list[Rate], currency: str, day: date) -> Decimal:
    """Units of ``currency`` per euro that apply to a transaction made on ``day``."""
    return next(r.per_euro for r in rates if r.currency == currency and r.day == day)


def to_eur(amount: Decimal, currency: str, day: date, rates: list[Rate]) -> Decimal:
    if currency == "EUR":
        return amount
    return (amount / rate_on(rates, currency, day)).quantize(CENT)


def report(transactions: list[Transaction], rates: list[Rate]) -> list[str]:
    lines = []
    total = Decimal("0.00")
    for t in sorted(transactions, key=lambda t: t.day):
        eur = to_eur(t.amount, t.currency, t.day, rates)
        total += eur
        lines.append(f"{t.day}  {t.description:<24} {t.currency} {t.amount:>10}  EUR {eur:>10}")
    lines.append(f"{'Total':<40} EUR {total:>10}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="expenses.report")
    parser.add_argument("transactions", type=Path)
    parser.add_argument("--rates", type=Path, required=True)
    args = parser.parse_args(argv)
    for line in report(load_transactions(args.transactions), load_rates(args.rates)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Monthly statements: ``python -m statements.monthly INVOICES.csv OUTDIR``.

INVOICES.csv has the columns ``customer,invoice,amount``. OUTDIR gets one statement per
customer, ``naming.safe_filename(customer)``, listing that customer's invoices and their
total, and ``index.txt``, one line per statement file name, sorted.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from statements.naming import safe_filename


def read_invoices(path: Path) -> dict[str, list[tuple[str, Decimal]]]:
    by_customer: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_customer[row["customer"].strip()].append((row["invoice"], Decimal(row["amount"])))
    return dict(by_customer)


def write_statement(out_dir: Path, customer: str, invoices: list[tuple[str, Decimal]]) -> Path:
    path = out_dir / f"{customer}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["invoice", "amount"])
        writer.writerows(invoices)
        writer.writerow(["total", sum((amount for _, amount in invoices), Decimal("0.00"))])
    return path


def write_index(out_dir: Path, customers: list[str]) -> Path:
    index = out_dir / "index.txt"
    index.write_text("".join(f"{name}\n" for name in sorted(map(safe_filename, customers))), encoding="utf-8")
    return index


def main(argv: list[str]) -> int:
    invoices = read_invoices(Path(argv[0]))
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for customer, rows in sorted(invoices.items()):
        write_statement(out_dir, customer, rows)
    write_index(out_dir, list(invoices))
    print(f"{len(invoices)} statements written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Nightly import of the shop's order export: ``python -m orders_import.cli EXPORT.csv``.

Columns: order_id, sku, quantity. The shop leaves quantity blank for single items.
"""

import csv
import sys
from collections import Counter
from pathlib import Path

#: What a blank quantity cell means.
DEFAULT_QUANTITY = 1


def units_by_sku(rows: list[dict[str, str]]) -> Counter[str]:
    units: Counter[str] = Counter()
    for row in rows:
        units[row["sku"]] += int(row["quantity"])
    return units


def main(argv: list[str]) -> int:
    with Path(argv[0]).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for sku, count in sorted(units_by_sku(rows).items()):
        print(f"{sku}\t{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The day's sales per product as CSV. ``python -m reports.daily ORDERS.json YYYY-MM-DD``"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from reports.settings import export_path


def totals(orders: list[dict], day: date) -> Counter[str]:
    counts: Counter[str] = Counter()
    for order in orders:
        if order["placed"][:10] == day.isoformat():
            for line in order["lines"]:
                counts[line["sku"]] += line["qty"]
    return counts


def main(argv: list[str]) -> int:
    orders = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    day = date.fromisoformat(argv[1])
    path = export_path(day)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "quantity"])
        writer.writerows(sorted(totals(orders, day).items()))
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

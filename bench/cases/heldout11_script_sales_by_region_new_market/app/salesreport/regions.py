"""Monthly sales per region for the board pack.

``python -m salesreport.regions ORDERS.csv`` writes ``region,orders,revenue`` rows in the
board pack's fixed order, to stdout.
"""

from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

#: The board pack's columns, in order. Countries not mapped here (a market opened since
#: the pack was last laid out) are reported under "other", never dropped: the revenue
#: total must match the ledger.
REGIONS = ("uk", "eu", "us", "other")
COUNTRY_REGION = {"GB": "uk", "DE": "eu", "FR": "eu", "NL": "eu", "US": "us"}


def totals(rows: list[dict[str, str]]) -> dict[str, tuple[int, Decimal]]:
    counts = dict.fromkeys(REGIONS, 0)
    revenue = dict.fromkeys(REGIONS, Decimal("0"))
    for row in rows:
        region = COUNTRY_REGION[row["country"]]
        counts[region] += 1
        revenue[region] += Decimal(row["total"])
    return {region: (counts[region], revenue[region]) for region in REGIONS}


def main(argv: list[str]) -> int:
    with Path(argv[0]).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["region", "orders", "revenue"])
    for region, (count, revenue) in totals(rows).items():
        writer.writerow([region, count, f"{revenue:.2f}"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

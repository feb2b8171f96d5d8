"""Reconcile a cycle count with the stock ledger.

    python -m cyclecount.reconcile COUNTS.csv LEDGER.json ADJUSTMENTS.csv

COUNTS.csv is what the hand-held scanners export, one row per bin: ``location,sku,counted``.
A blank ``counted`` means the counter skipped the bin (blocked aisle, end of shift): the
ledger quantity stands and no adjustment is written for that bin; it is counted again in
the next round.

LEDGER.json maps ``"location/sku"`` to the quantity the ledger holds. Every counted bin
whose count differs from the ledger gets one line in ADJUSTMENTS.csv:
``location,sku,ledger,counted,delta``, which stock control books the next morning.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ADJUSTMENT_FIELDS = ["location", "sku", "ledger", "counted", "delta"]


@dataclass
class Summary:
    bins: int = 0
    skipped: int = 0
    adjustments: int = 0

    def __str__(self) -> str:
        return f"{self.bins} bins, {self.skipped} skipped, {self.adjustments} adjustments"


def reconcile(counts_path: Path, ledger_path: Path, out_path: Path) -> Summary:
    ledger: dict[str, int] = json.loads(ledger_path.read_text(encoding="utf-8"))
    summary = Summary()
    adjustments: list[dict[str, object]] = []
    with counts_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            summary.bins += 1
            key = f"{row['location']}/{row['sku']}"
            expected = ledger.get(key, 0)
            counted = int(row["counted"])
            if counted != expected:
                adjustments.append(
                    {
                        "location": row["location"],
                        "sku": row["sku"],
                        "ledger": expected,
                        "counted": counted,
                        "delta": counted - expected,
                    }
                )
    with out_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=ADJUSTMENT_FIELDS)
        writer.writeheader()
        writer.writerows(adjustments)
    summary.adjustments = len(adjustments)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    summary = reconcile(Path(args[0]), Path(args[1]), Path(args[2]))
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())

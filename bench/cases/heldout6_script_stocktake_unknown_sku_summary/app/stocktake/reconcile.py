"""Compare a shelf count with the books: ``python -m stocktake.reconcile COUNT.csv REPORT.csv``.

COUNT.csv is what the staff counted, columns ``sku,counted``. REPORT.csv gets one row
per SKU whose count differs from the books (``sku,expected,counted,difference``), sorted
by SKU. Rows whose SKU the books do not know (a typo on the count sheet, a sample) are
left out of the comparison, and the report then ends with the line
``# skipped N rows with unknown SKUs: SKU1, SKU2`` so that someone looks at them; a
report without skipped rows has no such line.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from stocktake.books import EXPECTED


def read_counts(path: Path) -> tuple[dict[str, int], list[str]]:
    """Counted quantities by SKU, and the SKUs the books do not know, in file order."""
    counts: dict[str, int] = {}
    unknown: list[str] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sku = row["sku"].strip()
            if sku not in EXPECTED:
                unknown.append(sku)
                continue
            counts[sku] = counts.get(sku, 0) + int(row["counted"])
    return counts, unknown


def write_report(counts: dict[str, int], unknown: list[str], out: Path) -> int:
    """Write the report; returns the number of SKUs that differ."""
    differing = 0
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "expected", "counted", "difference"])
        for sku in sorted(EXPECTED):
            counted = counts.get(sku, 0)
            if counted != EXPECTED[sku]:
                writer.writerow([sku, EXPECTED[sku], counted, counted - EXPECTED[sku]])
                differing += 1
    if unknown:
        handle.write(f"# skipped {len(unknown)} rows with unknown SKUs: {', '.join(unknown)}\n")
    return differing


def main(argv: list[str]) -> int:
    counts, unknown = read_counts(Path(argv[0]))
    differing = write_report(counts, unknown, Path(argv[1]))
    print(f"{differing} SKUs differ from the books")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Print one report-card line per student from the exam results export.

    python -m grading.report_cards results.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from grading.marks import outcome, percentage


def card_lines(path: Path) -> list[str]:
    """``student,score,out_of`` rows, in the order of the file."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = []
    for row in rows:
        percent = percentage(int(row["score"]), int(row["out_of"]))
        lines.append(f"{row['student']}: {percent}% ({outcome(percent)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    for line in card_lines(Path(args[0])):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

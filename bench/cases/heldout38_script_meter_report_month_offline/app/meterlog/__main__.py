"""``python -m meterlog export.csv 2025-01 2025-03``: average daily use per month."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meterlog.readings import load
from meterlog.report import Month, build_report


def _month(text: str) -> Month:
    year, month = text.split("-")
    return int(year), int(month)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="meterlog")
    parser.add_argument("export", type=Path)
    parser.add_argument("first", type=_month)
    parser.add_argument("last", type=_month)
    args = parser.parse_args(argv)
    for line in build_report(load(args.export), args.first, args.last):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

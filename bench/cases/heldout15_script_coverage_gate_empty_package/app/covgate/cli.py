"""covgate REPORT.json [--fail-under N]: one line per package, exit 1 if any is below N."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from covgate.report import load, percent

DEFAULT_FAIL_UNDER = 80.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="covgate")
    parser.add_argument("report", type=Path)
    parser.add_argument("--fail-under", type=float, default=DEFAULT_FAIL_UNDER)
    args = parser.parse_args(argv)

    failing: list[str] = []
    for package, (covered, statements) in sorted(load(args.report).items()):
        score = percent(covered, statements)
        mark = "ok" if score >= args.fail_under else "FAIL"
        print(f"{package:<16}{covered:>6}/{statements:<6}{score:>6.1f}%  {mark}")
        if mark == "FAIL":
            failing.append(package)
    if failing:
        print(f"below {args.fail_under:.1f}%: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0

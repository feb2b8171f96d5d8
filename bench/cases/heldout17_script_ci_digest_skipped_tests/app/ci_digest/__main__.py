"""``python -m ci_digest reports/tests.json``: the summary the CI job posts on the PR."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ci_digest.report import render, summarise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ci-digest")
    parser.add_argument("report", help="the CI provider's test-report export (JSON)")
    parser.add_argument("--top", type=int, default=3, help="how many of the slowest tests to list")
    args = parser.parse_args(argv)
    with open(args.report, encoding="utf-8") as handle:
        report = json.load(handle)
    print(render(summarise(report, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

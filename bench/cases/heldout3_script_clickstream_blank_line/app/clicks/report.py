"""Daily page report: ``python -m clicks.report EXPORT.jsonl``."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from clicks.export import Click, read_clicks

TOP = 3


def summary(clicks: Iterable[Click]) -> list[str]:
    clicks = list(clicks)
    pages = Counter(c.path for c in clicks)
    lines = [f"{len(clicks)} clicks by {len({c.user for c in clicks})} users"]
    lines += [f"{count:>6}  {path}" for path, count in pages.most_common(TOP)]
    return lines


def main(argv: list[str]) -> int:
    with Path(argv[0]).open(encoding="utf-8") as export:
        print("\n".join(summary(read_clicks(export))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

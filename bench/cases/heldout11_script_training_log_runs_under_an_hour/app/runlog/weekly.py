"""Weekly running totals from the watch's export.

``python -m runlog.weekly EXPORT.tsv`` prints one line per ISO week:
``2026-W10  3 runs  2:41:05``.

The export is tab-separated: date, distance in km, duration. The watch writes the
duration as H:MM:SS, but drops the hour for runs under an hour (``45:10`` is 45 minutes
10 seconds).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from pathlib import Path


def duration_seconds(text: str) -> int:
    hours, minutes, seconds = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)


def format_duration(total: int) -> str:
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def weekly_totals(lines: list[str]) -> dict[str, tuple[int, int]]:
    """ISO week -> (number of runs, total seconds), skipping the header line."""
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in lines[1:]:
        if not line.strip():
            continue
        day, _km, duration = line.split("\t")
        year, week, _ = date.fromisoformat(day).isocalendar()
        totals = weeks[f"{year}-W{week:02d}"]
        totals[0] += 1
        totals[1] += duration_seconds(duration)
    return {week: (runs, seconds) for week, (runs, seconds) in sorted(weeks.items())}


def main(argv: list[str]) -> int:
    lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    for week, (runs, seconds) in weekly_totals(lines).items():
        print(f"{week}  {runs} runs  {format_duration(seconds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Requests per API key for one day, as CSV on stdout.

    python -m usage.report ACCESS_LOG [DAY]

ACCESS_LOG holds one JSON object per line (``{"ts": ISO-8601, "key": ..., "path": ...}``).
DAY is YYYY-MM-DD and is optional: without it the report is for yesterday, the last
complete day (the cron entry runs this at 00:10 with the log path only).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path


def requests_per_key(lines: list[str], day: date) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        if not line.strip():
            continue
        entry = json.loads(line)
        if datetime.fromisoformat(entry["ts"]).date() == day:
            counts[entry["key"]] += 1
    return counts


def main(argv: list[str]) -> int:
    log = Path(argv[0])
    day = date.fromisoformat(argv[1])
    counts = requests_per_key(log.read_text(encoding="utf-8").splitlines(), day)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["day", "key", "requests"])
    for key, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        writer.writerow([day.isoformat(), key, n])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

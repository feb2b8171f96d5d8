"""Requests per status code in an access log. ``python -m logstats.summary ACCESS_LOG``

Every request line counts. The User-Agent at the end of each line is whatever bytes the
client chose to send and need not be valid UTF-8 (old Windows tools send Latin-1): read
the log with errors="replace" rather than drop a line over its agent.
"""

from __future__ import annotations

import sys
from collections import Counter

STATUS_FIELD = 8  # combined log format: ... "GET / HTTP/1.1" 200 512 "referer" "agent"


def count_statuses(path: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    with open(path, encoding="utf-8") as log:
        for line in log:
            fields = line.split()
            if len(fields) > STATUS_FIELD:
                counts[fields[STATUS_FIELD]] += 1
    return counts


def main(argv: list[str]) -> int:
    for status, n in sorted(count_statuses(argv[0]).items()):
        print(f"{status} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Responses per status class over the nginx access logs of a box.

``python -m logstats.summary /var/log/nginx``

Reads the live ``access.log`` and every file logrotate kept beside it. Our logrotate
config uses ``delaycompress``: ``access.log.1`` is still plain text, ``access.log.2.gz``
and older are gzip-compressed, and all of them count.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path


def status_of(line: str) -> str | None:
    """The status code of a combined-format line, or None for a line that is not one."""
    parts = line.split('"')
    if len(parts) < 3:
        return None
    fields = parts[2].split()
    return fields[0] if fields and fields[0].isdigit() else None


def count(lines: Iterable[str], into: Counter[str]) -> None:
    for line in lines:
        status = status_of(line)
        if status is not None:
            into[f"{status[0]}xx"] += 1


def summarise(log_dir: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted(log_dir.glob("access.log*")):
        with open(path, encoding="utf-8") as handle:
            count(handle, counts)
    return counts


def main(argv: list[str]) -> int:
    counts = summarise(Path(argv[0]))
    for status_class in sorted(counts):
        print(f"{status_class}: {counts[status_class]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The most requested paths in an nginx access log (combined format).

    python -m logstats.top_paths /var/log/nginx/access.log [--limit 10]

The query string is not part of the path. Lines whose request is not
``METHOD PATH PROTOCOL`` (nginx writes ``"-"``, or the raw bytes, for connections that
never sent a valid request: scanners, TLS spoken to the plain port) are skipped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable


def request_path(line: str) -> str:
    """The path of the request on one log line, without its query string."""
    request = line.split('"')[1]
    target = request.split()[1]
    return target.split("?", 1)[0]


def top_paths(lines: Iterable[str], limit: int = 10) -> list[tuple[str, int]]:
    counts = Counter(request_path(line) for line in lines if line.strip())
    return counts.most_common(limit)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="top_paths")
    parser.add_argument("log")
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args(argv)
    with open(args.log, encoding="utf-8", errors="replace") as handle:
        for path, count in top_paths(handle, args.limit):
            print(f"{count:>8}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

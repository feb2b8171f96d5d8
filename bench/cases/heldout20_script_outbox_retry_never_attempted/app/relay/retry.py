"""Cron job, every minute: ``python -m relay.retry /var/lib/relay/outbox.jsonl``.

Tries every due delivery once, records the attempt, marks successes delivered and
dead-letters deliveries that used up their attempts.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from relay import outbox
from relay.schedule import MAX_ATTEMPTS, due

Send = Callable[[str, dict], bool]


def http_send(url: str, body: dict) -> bool:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return 200 <= response.status < 300
    except OSError:
        return False


def run(path: Path, now: datetime, send: Send) -> dict[str, int]:
    deliveries = outbox.read(path)
    counts = {"sent": 0, "failed": 0, "dead": 0}
    for delivery in due(deliveries, now):
        delivery["attempts"].append(now.isoformat())
        if send(delivery["url"], delivery["body"]):
            delivery["status"] = outbox.DELIVERED
            counts["sent"] += 1
        elif len(delivery["attempts"]) >= MAX_ATTEMPTS:
            delivery["status"] = outbox.DEAD
            counts["dead"] += 1
        else:
            counts["failed"] += 1
    outbox.write(path, deliveries)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="relay.retry")
    parser.add_argument("outbox", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print what is due, send nothing")
    args = parser.parse_args(argv)
    now = datetime.now(timezone.utc)
    if args.dry_run:
        for delivery in due(outbox.read(args.outbox), now):
            print(delivery["id"], delivery["url"])
        return 0
    counts = run(args.outbox, now, http_send)
    print(f"sent {counts['sent']}, failed {counts['failed']}, dead-lettered {counts['dead']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

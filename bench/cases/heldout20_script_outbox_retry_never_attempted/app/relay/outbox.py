"""The outbox file: one JSON delivery per line, rewritten in place by each retry run.

A delivery looks like::

    {"id": "dlv_81", "url": "https://...", "body": {...}, "queued_at": "2024-05-02T10:00:00+00:00",
     "attempts": ["2024-05-02T10:00:03+00:00", ...], "status": "pending"}

``attempts`` holds the time of every try so far, oldest first; the web app appends a
delivery with ``attempts: []`` when an event is published, and the cron job below tries
it on its next run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Delivery = dict[str, Any]

PENDING, DELIVERED, DEAD = "pending", "delivered", "dead"


def read(path: Path) -> list[Delivery]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, deliveries: list[Delivery]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(d, sort_keys=True) + "\n" for d in deliveries), encoding="utf-8")
    tmp.replace(path)

"""The "recently viewed" cookie.

Since release 3.0 the cookie holds a JSON list of product ids, newest first (``[12, 7]``).
Before that it held the ids joined by ``|`` (``12|7``); those cookies live for a year, so
they are still read. No cookie means nothing viewed yet. At most MAX_RECENT ids are kept.
"""

from __future__ import annotations

import json

COOKIE_NAME = "recent"
MAX_RECENT = 5


def read_recent(raw: str | None) -> list[int]:
    if not raw:
        return []
    return [int(product_id) for product_id in json.loads(raw)][:MAX_RECENT]


def with_viewed(recent: list[int], product_id: int) -> list[int]:
    """``recent`` after viewing ``product_id``: it moves to the front."""
    return ([product_id] + [p for p in recent if p != product_id])[:MAX_RECENT]


def write_recent(recent: list[int]) -> str:
    return json.dumps(recent)

"""Per-project rate limits: a token bucket holding one minute's worth of events.

Buckets live in the process that writes, so with several API hosts each enforces the
limit on its own share of the traffic; that is the usual trade of a cheap local limit
against an exact global one, and it never refuses more than it should.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["RateLimiter"]


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    def __init__(self) -> None:
        self._buckets: dict[int, _Bucket] = {}

    def take(self, project_id: int, count: int, per_minute: int, now: float) -> int | None:
        """Take ``count`` events from the project's bucket, or say how long to wait."""
        if per_minute <= 0:
            return None
        per_second = per_minute / 60.0
        bucket = self._buckets.get(project_id)
        if bucket is None:
            bucket = self._buckets[project_id] = _Bucket(tokens=float(per_minute), updated=now)
        bucket.tokens = min(float(per_minute), bucket.tokens + (now - bucket.updated) * per_second)
        bucket.updated = now
        if bucket.tokens >= count:
            bucket.tokens -= count
            return None
        return max(1, math.ceil((count - bucket.tokens) / per_second))

    def refund(self, project_id: int, count: int) -> None:
        """Give back events taken for a request that was then not stored (a 503).

        The next ``take`` caps the bucket at its size again, so a refund never lets a
        project send more than its limit.
        """
        bucket = self._buckets.get(project_id)
        if bucket is not None and count > 0:
            bucket.tokens += count

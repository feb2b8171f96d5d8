from __future__ import annotations

import datetime
from dataclasses import dataclass

#: Seconds to wait before retry n (1-based); the last value repeats.
BACKOFF_SECONDS = (30, 120, 600, 3600)

#: Give up after this many failed attempts.
MAX_ATTEMPTS = 8


@dataclass
class Delivery:
    url: str
    payload: bytes
    created_at: datetime.datetime
    attempts: int = 0
    next_attempt_at: datetime.datetime | None = None
    dead: bool = False


def new_delivery(url: str, payload: bytes) -> Delivery:
    now = datetime.datetime.now(datetime.timezone.utc)
    return Delivery(url, payload, created_at=now, next_attempt_at=now)


def backoff(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS)) - 1])


def record_failure(delivery: Delivery) -> Delivery:
    """After a failed attempt: schedule the next one (UTC, like every timestamp here), or
    mark the delivery dead after MAX_ATTEMPTS."""
    delivery.attempts += 1
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.dead = True
        delivery.next_attempt_at = None
        return delivery
    delivery.next_attempt_at = datetime.now() + backoff(delivery.attempts)
    return delivery


def due(deliveries: list[Delivery], now: datetime.datetime) -> list[Delivery]:
    """Deliveries to attempt at ``now`` (aware, UTC), oldest first."""
    ready = [d for d in deliveries if not d.dead and d.next_attempt_at is not None and d.next_attempt_at <= now]
    return sorted(ready, key=lambda d: d.created_at)

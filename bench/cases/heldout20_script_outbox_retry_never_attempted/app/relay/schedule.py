"""When to try a webhook delivery again."""

from __future__ import annotations

from datetime import datetime, timedelta

from relay.outbox import Delivery

#: Wait after the 1st, 2nd, ... failed attempt before the next one.
BACKOFF = [timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1), timedelta(hours=6)]
#: After this many failed attempts the delivery is dead-lettered.
MAX_ATTEMPTS = len(BACKOFF) + 1


def next_attempt_at(delivery: Delivery) -> datetime:
    """When ``delivery`` is next due. A delivery that has never been tried is due as soon
    as it is queued, at its ``queued_at``; after a failed try it waits its backoff."""
    attempts = [datetime.fromisoformat(t) for t in delivery["attempts"]]
    return attempts[-1] + BACKOFF[len(attempts) - 1]


def due(deliveries: list[Delivery], now: datetime) -> list[Delivery]:
    """The pending deliveries to try on this run, the longest-waiting first."""
    pending = [d for d in deliveries if d["status"] == "pending"]
    ready = [d for d in pending if next_attempt_at(d) <= now]
    return sorted(ready, key=next_attempt_at)

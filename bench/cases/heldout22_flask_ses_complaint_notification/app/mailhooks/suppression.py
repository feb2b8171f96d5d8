"""Addresses we must not mail again, and why.

Every sender (campaigns, digests, receipts) asks ``is_suppressed`` before it sends. The
real deployment keeps this table in Postgres behind the same calls.
"""

from __future__ import annotations

#: Why an address is suppressed; the deliverability dashboard groups by these.
HARD_BOUNCE = "hard_bounce"
SOFT_BOUNCE_LIMIT_REACHED = "soft_bounce_limit"
COMPLAINT = "complaint"
UNSUBSCRIBED = "unsubscribed"

#: Transient bounces in a row after which an address is suppressed as well.
SOFT_BOUNCE_LIMIT = 3

_suppressed: dict[str, str] = {}
_soft_bounces: dict[str, int] = {}


def reset() -> None:
    _suppressed.clear()
    _soft_bounces.clear()


def normalise(address: str) -> str:
    return address.strip().lower()


def suppress(address: str, reason: str) -> None:
    """Suppress ``address`` for good; the first reason recorded is kept."""
    _suppressed.setdefault(normalise(address), reason)


def reason_for(address: str) -> str | None:
    return _suppressed.get(normalise(address))


def is_suppressed(address: str) -> bool:
    return normalise(address) in _suppressed


def record_soft_bounce(address: str) -> int:
    """Count a transient bounce; the address is suppressed at SOFT_BOUNCE_LIMIT."""
    key = normalise(address)
    count = _soft_bounces.get(key, 0) + 1
    _soft_bounces[key] = count
    if count >= SOFT_BOUNCE_LIMIT:
        suppress(key, SOFT_BOUNCE_LIMIT_REACHED)
    return count


def record_delivery(address: str) -> None:
    """A delivered message ends a run of transient bounces."""
    _soft_bounces.pop(normalise(address), None)


def soft_bounces(address: str) -> int:
    return _soft_bounces.get(normalise(address), 0)

"""Delivery dates of a subscription."""

from __future__ import annotations

from datetime import date, timedelta

from roastery.plans import Subscription

#: The standard plan: a bag every fortnight.
DEFAULT_INTERVAL_WEEKS = 2
#: The most deliveries the upcoming-deliveries page lists.
MAX_UPCOMING = 12


def _step(sub: Subscription) -> timedelta:
    return timedelta(weeks=sub.every_weeks)


def upcoming(sub: Subscription, count: int) -> list[date]:
    """The next ``count`` delivery dates, the first being ``sub.next_delivery``.
    A paused subscription has no upcoming deliveries."""
    if sub.paused:
        return []
    step = _step(sub)
    return [sub.next_delivery + i * step for i in range(min(count, MAX_UPCOMING))]


def skip_next(sub: Subscription) -> date:
    """Skips the next delivery: the one after it becomes the next."""
    sub.next_delivery += _step(sub)
    return sub.next_delivery

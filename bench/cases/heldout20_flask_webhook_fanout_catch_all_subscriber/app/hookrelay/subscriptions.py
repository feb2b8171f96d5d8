"""Customers' webhook endpoints and the events each one wants."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field


@dataclass
class Subscription:
    id: int
    url: str
    #: The event types this endpoint wants, e.g. ["order.paid", "order.refunded"].
    #: None subscribes the endpoint to every event type, including types added later.
    event_types: list[str] | None = None
    active: bool = True
    secret: str = field(default_factory=lambda: secrets.token_hex(16))


_SUBSCRIPTIONS: dict[int, Subscription] = {}
_ids = itertools.count(1)


def reset() -> None:
    global _ids
    _SUBSCRIPTIONS.clear()
    _ids = itertools.count(1)


def add(url: str, event_types: list[str] | None = None) -> Subscription:
    subscription = Subscription(next(_ids), url, event_types)
    _SUBSCRIPTIONS[subscription.id] = subscription
    return subscription


def get(subscription_id: int) -> Subscription | None:
    return _SUBSCRIPTIONS.get(subscription_id)


def all_subscriptions() -> list[Subscription]:
    return list(_SUBSCRIPTIONS.values())


def subscribers_for(event_type: str) -> list[Subscription]:
    """The active subscriptions that should receive an event of ``event_type``."""
    return [s for s in _SUBSCRIPTIONS.values() if s.active and event_type in s.event_types]

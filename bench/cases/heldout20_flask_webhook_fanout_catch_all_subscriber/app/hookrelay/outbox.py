"""Deliveries waiting for the sender worker, which POSTs them and retries failures."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from hookrelay.subscriptions import Subscription


@dataclass
class Delivery:
    subscription_id: int
    url: str
    event_id: str
    body: str
    signature: str
    attempts: int = 0


_PENDING: list[Delivery] = []


def reset() -> None:
    _PENDING.clear()


def enqueue(subscription: Subscription, event: dict[str, Any]) -> Delivery:
    body = json.dumps(event, sort_keys=True, separators=(",", ":"))
    signature = hmac.new(subscription.secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    delivery = Delivery(subscription.id, subscription.url, event["id"], body, f"sha256={signature}")
    _PENDING.append(delivery)
    return delivery


def pending() -> list[Delivery]:
    return list(_PENDING)

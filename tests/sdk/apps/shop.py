"""App code the SDK tests crash in: a module of its own, so replay can import it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any


class Tier(enum.Enum):
    GOLD = "gold"
    BASIC = "basic"


@dataclasses.dataclass
class Customer:
    name: str
    tier: Tier
    password: str = ""


@dataclasses.dataclass
class Order:
    sku: str
    qty: int
    customer: Customer
    placed: dt.datetime
    tags: tuple[str, ...] = ()
    extras: set[str] = dataclasses.field(default_factory=set)


class Cart:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.lines: list[dict[str, Any]] = []


PRICES = {"A-1": 10, "B-2": 25}


def discount(tier: Tier) -> float:
    return {Tier.GOLD: 0.1}[tier]  # KeyError for BASIC: the bug the tests replay


def price(order: Order, *, coupon: str | None = None) -> float:
    base = PRICES[order.sku] * order.qty
    return base * (1 - discount(order.customer.tier))


def checkout(cart: Cart, orders: list[Order]) -> float:
    return sum(price(order) for order in orders)


def nested(depth: int) -> int:
    """Recurse ``depth`` frames, then fail: stacks of a chosen height for the benchmark."""
    if depth <= 1:
        raise ValueError("bottom reached")
    return nested(depth - 1) + 1

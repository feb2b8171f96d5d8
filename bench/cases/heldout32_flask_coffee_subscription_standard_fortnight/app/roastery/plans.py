"""Coffee subscriptions (a table in the shop's database in production)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Subscription:
    id: int
    customer: str
    coffee: str
    bags: int
    next_delivery: date
    #: Weeks between deliveries; None for the standard plan (schedule.DEFAULT_INTERVAL_WEEKS).
    every_weeks: int | None = None
    paused: bool = False


_SUBSCRIPTIONS: dict[int, Subscription] = {}


def reset() -> None:
    _SUBSCRIPTIONS.clear()
    for sub in (
        Subscription(1, "Ines Ortega", "Huila decaf", 1, date(2024, 11, 5), every_weeks=1),
        Subscription(2, "Tom Ashby", "Yirgacheffe", 2, date(2024, 11, 12), every_weeks=4),
        Subscription(3, "Maya Lind", "House espresso", 1, date(2024, 11, 5)),
        Subscription(4, "Raj Patel", "Sidamo", 1, date(2024, 11, 19), every_weeks=3, paused=True),
    ):
        _SUBSCRIPTIONS[sub.id] = sub


def get(sub_id: int) -> Subscription | None:
    return _SUBSCRIPTIONS.get(sub_id)


reset()

"""The monthly billing run."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from billing.plans import UnknownPlan, plan_for


class Subscription(TypedDict):
    customer: str
    plan: str
    seats: int


def monthly_pence(subscription: Subscription) -> int:
    plan = plan_for(subscription["plan"])
    return plan.pence_per_seat * max(subscription["seats"], plan.min_seats)


def monthly_run(subscriptions: Iterable[Subscription]) -> tuple[dict[str, int], list[str]]:
    """What to charge each customer this month, and the customers left for billing staff
    to review instead of being charged (their plan code is unknown)."""
    charges: dict[str, int] = {}
    review: list[str] = []
    for subscription in subscriptions:
        try:
            charges[subscription["customer"]] = monthly_pence(subscription)
        except UnknownPlan:
            review.append(subscription["customer"])
    return charges, review

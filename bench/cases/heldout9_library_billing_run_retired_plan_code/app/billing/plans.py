"""Subscription plans and their prices."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownPlan(LookupError):
    """A plan code that is neither a current nor a retired plan (usually a typo made
    when a reseller's subscriptions were imported)."""


@dataclass(frozen=True)
class Plan:
    code: str
    name: str
    pence_per_seat: int
    min_seats: int = 1


PLANS = (
    Plan("free", "Free", 0),
    Plan("pro", "Pro", 1200),
    Plan("business", "Business", 2100, min_seats=5),
)

#: Codes of plans no longer sold -> the current plan each was migrated to. Customers
#: who signed up on a retired plan still carry its code in their subscription and are
#: billed as the plan that replaced it.
RETIRED = {"pro-2019": "pro", "team-2020": "business"}


def plan_for(code: str) -> Plan:
    """The current plan for a subscription's plan code.

    Retired codes resolve to the plan that replaced them (see RETIRED); any other code
    that is not a current plan raises UnknownPlan.
    """
    return next(plan for plan in PLANS if plan.code == code)

"""Ticket prices of the Regent picture house, in pence."""

from __future__ import annotations

ADULT_PRICE = 1100
CHILD_PRICE = 700
SENIOR_PRICE = 800
#: Babes in arms (under 3) sit on a lap and go free.
LAP_PRICE = 0

CHILD_UNTIL = 15
SENIOR_FROM = 65


def price_for_age(age: int | None) -> int:
    """The ticket price for a guest of ``age``. The age is optional at the till: a guest
    who does not give one pays the adult price."""
    if age is None:
        return ADULT_PRICE
    if age < 3:
        return LAP_PRICE
    if age < CHILD_UNTIL:
        return CHILD_PRICE
    if age >= SENIOR_FROM:
        return SENIOR_PRICE
    return ADULT_PRICE

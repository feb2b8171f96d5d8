"""Turning a job into a price and a delivery date."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from quotes.rates import RATES, route

#: No job is charged less than this, in euro cents (a short certificate, a label).
MINIMUM_CHARGE = 3500
#: A translator does this many words a working day; a leg never takes less than a day.
WORDS_PER_DAY = 2500
#: Rush jobs are delivered in half the days for 50 % more.
RUSH_SURCHARGE = Decimal("1.5")


@dataclass(frozen=True)
class Quote:
    legs: list[tuple[str, str]]
    price: Decimal
    working_days: int
    deliver_by: date


def add_working_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def leg_days(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_DAY))


def leg_charge(leg: tuple[str, str], words: int) -> int:
    """What one leg costs in cents: its rate per word, never less than MINIMUM_CHARGE."""
    return max(MINIMUM_CHARGE, words * RATES[leg])


def quote(source: str, target: str, words: int, rush: bool, today: date) -> Quote:
    """Price and delivery of a job; a job through the pivot is two legs back to back."""
    legs = route(source, target)
    days = sum(leg_days(words) for _ in legs)
    cents = Decimal(leg_charge((source, target), words))
    if rush:
        cents *= RUSH_SURCHARGE
        days = max(1, math.ceil(days / 2))
    price = (cents / 100).quantize(Decimal("0.01"))
    return Quote(legs, price, days, add_working_days(today, days))

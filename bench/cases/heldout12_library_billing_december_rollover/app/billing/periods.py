from __future__ import annotations

from calendar import monthrange
from datetime import date


def next_billing_date(current: date) -> date:
    """The same day of the month, one month later.

    December rolls over into January of the following year, and a day the next month
    does not have is clamped to that month's last day (31 January -> 28 or 29 February).
    """
    month = current.month + 1
    day = min(current.day, monthrange(current.year, month)[1])
    return current.replace(month=month, day=day)


def billing_schedule(start: date, periods: int) -> list[date]:
    """The first ``periods`` billing dates of a subscription that starts on ``start``."""
    dates = [start]
    while len(dates) < periods:
        dates.append(next_billing_date(dates[-1]))
    return dates

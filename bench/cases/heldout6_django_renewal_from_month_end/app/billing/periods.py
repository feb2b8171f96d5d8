"""Billing periods: when a subscription renews."""

from __future__ import annotations

from datetime import date

#: Months in each plan's billing period.
PLAN_MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}


def add_months(day: date, months: int) -> date:
    """The same day of the month, ``months`` later.

    A period that starts on a day the target month does not have ends on that month's
    last day instead: a monthly plan started on 31 January renews on 28 February (29 in
    a leap year), one started on 31 March renews on 30 April. Never spill over into the
    next month, and never shorten every period to 30 days: customers are billed on the
    same day each month.
    """
    month_index = day.month - 1 + months
    return day.replace(year=day.year + month_index // 12, month=month_index % 12 + 1)


def renewal_date(plan: str, started_on: date) -> date:
    return add_months(started_on, PLAN_MONTHS[plan])

"""A week's gross pay."""

from __future__ import annotations

from typing import Any

WEEKS_PER_YEAR = 52
#: Overtime (hours beyond the contracted weekly hours) is paid at this multiple of the rate.
OVERTIME_MULTIPLIER = 1.5


def hourly_rate_cents(contract: dict[str, Any]) -> float:
    """A salaried contract's hourly rate: the weekly salary over the contracted hours."""
    return contract["annual_salary_cents"] / WEEKS_PER_YEAR / contract["weekly_hours"]


def gross_pay_cents(contract: dict[str, Any], hours_worked: float) -> int:
    """Gross pay for a week, in cents (see staff.py for the contract records)."""
    rate = hourly_rate_cents(contract)
    regular = min(hours_worked, contract["weekly_hours"])
    overtime = max(hours_worked - contract["weekly_hours"], 0)
    return round(rate * regular + rate * OVERTIME_MULTIPLIER * overtime)


def format_cents(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"

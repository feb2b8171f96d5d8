"""Monthly gross pay of salaried staff."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
#: Employee pension contribution, taken from gross.
PENSION_RATE = Decimal("0.05")


@dataclass(frozen=True)
class Employee:
    id: str
    name: str
    monthly_salary: Decimal
    start_date: date
    #: Last day of employment (inclusive); None while the contract runs on.
    end_date: date | None = None


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def gross_for_month(employee: Employee, year: int, month: int) -> Decimal:
    """Gross pay for a calendar month.

    A month employed throughout pays ``monthly_salary``. A month the employee joins or
    leaves in pays pro rata: salary x calendar days employed (both ends inclusive) /
    days in the month, rounded half-up to the cent. A month wholly before the start
    date or after the end date pays 0.00.
    """
    first, last = month_bounds(year, month)
    if employee.start_date <= first and (employee.end_date is None or employee.end_date >= last):
        return employee.monthly_salary
    start = max(employee.start_date, first)
    end = min(employee.end_date, last)
    if end < start:
        return Decimal("0.00")
    days = (end - start).days + 1
    return to_cents(employee.monthly_salary * days / last.day)

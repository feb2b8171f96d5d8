"""Gross pay for the month."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from payroll.timesheets import TimesheetEntry, entries_for, parse_timesheet

#: Overtime hours are paid at one and a half times the hourly rate (collective agreement, art. 12).
OVERTIME_MULTIPLIER = Decimal("1.5")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Employee:
    id: str
    name: str
    hourly_rate: Decimal | None = None
    monthly_salary: Decimal | None = None


def gross_pay(employee: Employee, entries: list[TimesheetEntry]) -> Decimal:
    """Salaried staff get their monthly salary whatever their timesheet says. Hourly staff
    get their regular hours at their rate plus their overtime hours at
    OVERTIME_MULTIPLIER times that rate, rounded to the cent."""
    if employee.monthly_salary is not None:
        return employee.monthly_salary
    assert employee.hourly_rate is not None, f"{employee.id} has neither rate nor salary"
    rate = employee.hourly_rate
    regular = sum((entry["regular_hours"] for entry in entries), Decimal(0))
    overtime = sum((entry["overtime"] for entry in entries), Decimal(0))
    return (regular * rate + overtime * rate * OVERTIME_MULTIPLIER).quantize(CENT)


def run_payroll(employees: list[Employee], timesheet_csv: str) -> dict[str, Decimal]:
    """Gross pay of every employee, by id, from the month's timesheet export."""
    entries = parse_timesheet(timesheet_csv)
    return {e.id: gross_pay(e, entries_for(entries, e.id)) for e in employees}

from decimal import Decimal

from payroll.payslip import Employee, gross_pay, run_payroll
from payroll.timesheets import entries_for, parse_timesheet

EXPORT = """employee,regular,overtime
E-7,38,2.5
E-9,40,
E-7,36,
"""


def test_parse_timesheet() -> None:
    entries = parse_timesheet(EXPORT)
    assert entries[0] == {
        "employee": "E-7",
        "regular_hours": Decimal("38"),
        "overtime_hours": Decimal("2.5"),
    }
    assert entries[1]["overtime_hours"] == Decimal("0")


def test_entries_for_one_employee() -> None:
    assert len(entries_for(parse_timesheet(EXPORT), "E-7")) == 2


def test_salaried_staff_get_their_salary() -> None:
    director = Employee("E-1", "Imogen Hart", monthly_salary=Decimal("6250.00"))
    assert gross_pay(director, []) == Decimal("6250.00")


def test_run_payroll_for_salaried_staff() -> None:
    staff = [Employee("E-9", "Tom Reyes", monthly_salary=Decimal("3100.00"))]
    assert run_payroll(staff, EXPORT) == {"E-9": Decimal("3100.00")}

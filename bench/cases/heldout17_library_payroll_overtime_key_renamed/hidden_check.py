from decimal import Decimal

from payroll.payslip import Employee, gross_pay, run_payroll
from payroll.timesheets import parse_timesheet

EXPORT = """employee,regular,overtime
E-7,38,2.5
E-9,40,
E-7,36,
E-4,20,
"""


def test_hourly_staff_are_paid_their_overtime_at_time_and_a_half() -> None:
    lena = Employee("E-7", "Lena Okafor", hourly_rate=Decimal("18.40"))
    # 74 regular hours at 18.40 plus 2.5 overtime hours at 27.60
    pay = gross_pay(lena, [e for e in parse_timesheet(EXPORT) if e["employee"] == "E-7"])
    assert pay == Decimal("1430.60")
    assert str(pay) == "1430.60"


def test_payroll_run_with_hourly_and_salaried_staff() -> None:
    staff = [
        Employee("E-7", "Lena Okafor", hourly_rate=Decimal("18.40")),
        Employee("E-9", "Tom Reyes", monthly_salary=Decimal("3100.00")),
        Employee("E-4", "Ravi Dutta", hourly_rate=Decimal("15.05")),
    ]
    assert run_payroll(staff, EXPORT) == {
        "E-7": Decimal("1430.60"),
        "E-9": Decimal("3100.00"),
        "E-4": Decimal("301.00"),
    }

"""The monthly payroll run, with hourly warehouse staff on the timesheet."""

from decimal import Decimal

from payroll.payslip import Employee, run_payroll

export = """employee,regular,overtime
E-7,38,2.5
E-9,40,
E-7,36,
"""
run_payroll(
    [
        Employee("E-7", "Lena Okafor", hourly_rate=Decimal("18.40")),
        Employee("E-9", "Tom Reyes", monthly_salary=Decimal("3100.00")),
    ],
    export,
)

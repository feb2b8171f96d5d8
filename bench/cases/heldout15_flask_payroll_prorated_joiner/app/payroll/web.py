from __future__ import annotations

from datetime import datetime

from flask import Flask, abort

from payroll.salary import PENSION_RATE, gross_for_month, to_cents
from payroll.staff import STAFF

app = Flask(__name__)


@app.get("/payslips/<employee_id>/<month>")
def payslip(employee_id: str, month: str):
    """The payslip of one employee for a month given as YYYY-MM. Amounts are strings
    with two decimals."""
    employee = STAFF.get(employee_id)
    if employee is None:
        abort(404)
    try:
        period = datetime.strptime(month, "%Y-%m")
    except ValueError:
        abort(400)
    gross = gross_for_month(employee, period.year, period.month)
    pension = to_cents(gross * PENSION_RATE)
    return {
        "employee": employee.id,
        "name": employee.name,
        "month": month,
        "gross": str(gross),
        "pension": str(pension),
        "net_before_tax": str(gross - pension),
    }

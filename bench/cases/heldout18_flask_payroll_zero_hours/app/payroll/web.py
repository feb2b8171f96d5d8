from __future__ import annotations

from flask import Flask, abort, jsonify, request

from payroll import staff
from payroll.pay import format_cents, gross_pay_cents

app = Flask(__name__)


@app.get("/employees/<int:employee_id>")
def read_employee(employee_id: int):
    employee = staff.get(employee_id)
    if employee is None:
        abort(404)
    return jsonify(id=employee_id, name=employee["name"])


@app.post("/employees/<int:employee_id>/payslip")
def payslip(employee_id: int):
    """The week's payslip from the hours on the timesheet: {"hours_worked": 37.5}."""
    employee = staff.get(employee_id)
    if employee is None:
        abort(404)
    hours = float(request.get_json()["hours_worked"])
    gross = gross_pay_cents(employee["contract"], hours)
    return jsonify(employee=employee["name"], hours_worked=hours, gross=format_cents(gross))

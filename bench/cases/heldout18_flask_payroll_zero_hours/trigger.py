"""Friday payroll: the timesheet of a zero-hours worker hired this year goes through."""

from payroll.web import app

app.test_client().post("/employees/48/payslip", json={"hours_worked": 22.5})

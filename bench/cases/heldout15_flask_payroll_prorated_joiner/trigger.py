"""Payroll runs March's payslips; Amara joined on the 18th and has an open-ended contract."""

from payroll.web import app

app.test_client().get("/payslips/E-204/2024-03")

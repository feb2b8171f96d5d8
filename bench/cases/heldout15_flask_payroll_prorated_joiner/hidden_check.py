from datetime import date
from decimal import Decimal

from payroll.salary import Employee, gross_for_month
from payroll.web import app


def test_joiner_in_the_month_is_paid_pro_rata() -> None:
    response = app.test_client().get("/payslips/E-204/2024-03")
    assert response.status_code == 200
    assert response.get_json() == {
        "employee": "E-204",
        "name": "Amara Okafor",
        "month": "2024-03",
        "gross": "1400.00",
        "pension": "70.00",
        "net_before_tax": "1330.00",
    }


def test_joiner_in_a_leap_february() -> None:
    body = app.test_client().get("/payslips/E-205/2024-02").get_json()
    assert body["gross"] == "1800.00"  # 18 of 29 days


def test_month_before_joining_pays_nothing() -> None:
    assert app.test_client().get("/payslips/E-204/2024-02").get_json()["gross"] == "0.00"
    assert app.test_client().get("/payslips/E-204/2024-04").get_json()["gross"] == "3100.00"


def test_open_ended_joiner_rounds_to_the_cent() -> None:
    joiner = Employee("X", "X", Decimal("2000.00"), date(2024, 4, 21))
    assert gross_for_month(joiner, 2024, 4) == Decimal("666.67")
    assert gross_for_month(joiner, 2024, 3) == Decimal("0.00")

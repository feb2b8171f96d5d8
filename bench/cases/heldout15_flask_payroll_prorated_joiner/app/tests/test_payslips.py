from datetime import date
from decimal import Decimal

from payroll.salary import Employee, gross_for_month
from payroll.web import app


def test_full_month() -> None:
    body = app.test_client().get("/payslips/E-101/2024-03").get_json()
    assert body == {
        "employee": "E-101",
        "name": "Ines Duarte",
        "month": "2024-03",
        "gross": "4200.00",
        "pension": "210.00",
        "net_before_tax": "3990.00",
    }


def test_leaver_is_paid_pro_rata() -> None:
    body = app.test_client().get("/payslips/E-117/2024-03").get_json()
    assert body["gross"] == "1500.00"  # 15 of 31 days
    assert body["net_before_tax"] == "1425.00"


def test_month_after_leaving() -> None:
    assert app.test_client().get("/payslips/E-117/2024-04").get_json()["gross"] == "0.00"


def test_rounding_to_the_cent() -> None:
    leaver = Employee("X", "X", Decimal("2000.00"), date(2020, 1, 1), date(2024, 4, 10))
    assert gross_for_month(leaver, 2024, 4) == Decimal("666.67")


def test_bad_requests() -> None:
    client = app.test_client()
    assert client.get("/payslips/E-999/2024-03").status_code == 404
    assert client.get("/payslips/E-101/March").status_code == 400

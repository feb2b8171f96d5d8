import pytest

from payroll import staff
from payroll.pay import format_cents, gross_pay_cents
from payroll.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    staff.reset()


def test_format_cents() -> None:
    assert format_cents(95000) == "950.00"
    assert format_cents(32605) == "326.05"


def test_old_record_with_overtime() -> None:
    response = app.test_client().post("/employees/7/payslip", json={"hours_worked": 45})
    assert response.status_code == 200
    assert response.get_json() == {"employee": "Halima Yusuf", "hours_worked": 45.0, "gross": "950.00"}


def test_new_salaried_record_part_week() -> None:
    contract = staff.get(31)["contract"]
    assert gross_pay_cents(contract, 18) == 36000


def test_unknown_employee() -> None:
    client = app.test_client()
    assert client.post("/employees/99/payslip", json={"hours_worked": 10}).status_code == 404
    assert client.get("/employees/99").status_code == 404
    assert client.get("/employees/48").get_json() == {"id": 48, "name": "Sofia Lindqvist"}

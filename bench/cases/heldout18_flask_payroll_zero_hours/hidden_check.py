import pytest

from payroll import staff
from payroll.pay import gross_pay_cents
from payroll.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    staff.reset()


def test_zero_hours_contract_is_paid_its_hourly_rate() -> None:
    response = app.test_client().post("/employees/48/payslip", json={"hours_worked": 22.5})
    assert response.status_code == 200
    assert response.get_json() == {"employee": "Sofia Lindqvist", "hours_worked": 22.5, "gross": "326.25"}


def test_zero_hours_contract_has_no_overtime_premium() -> None:
    contract = staff.get(48)["contract"]
    assert gross_pay_cents(contract, 45) == 65250
    assert gross_pay_cents(contract, 0) == 0


def test_salaried_contracts_unchanged() -> None:
    assert gross_pay_cents(staff.get(7)["contract"], 45) == 95000
    assert gross_pay_cents(staff.get(31)["contract"], 22) == 46000

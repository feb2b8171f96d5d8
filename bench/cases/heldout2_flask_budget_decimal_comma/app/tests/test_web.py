from decimal import Decimal

import pytest

from expenses.money import parse_amount
from expenses.web import EXPENSES, app

client = app.test_client()


@pytest.fixture(autouse=True)
def empty() -> None:
    EXPENSES.clear()


def test_add_expense_with_comma() -> None:
    response = client.post("/expenses", data={"label": "Lunch", "amount": "12,50"})
    assert response.status_code == 201
    assert response.get_json() == {"label": "Lunch", "amount": "12.50"}


def test_add_expense_rejects_text() -> None:
    assert client.post("/expenses", data={"label": "Lunch", "amount": "twelve"}).status_code == 400


def test_budget_status() -> None:
    client.post("/expenses", data={"label": "Train", "amount": "45.10"})
    assert client.get("/budget").get_json() == {"monthly": "300.00", "spent": "45.10", "left": "254.90"}


@pytest.mark.parametrize(("text", "value"), [("12,5", "12.50"), (" 3 ", "3.00"), ("0.199", "0.20")])
def test_parse_amount(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)

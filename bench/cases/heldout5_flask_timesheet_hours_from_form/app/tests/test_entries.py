from decimal import Decimal

from timesheet.billing import line_amount
from timesheet.web import app


def test_line_amount() -> None:
    assert line_amount(Decimal("0.1"), Decimal("80.00")) == Decimal("8.00")
    assert line_amount(Decimal("1.25"), Decimal("95.00")) == Decimal("118.75")


def test_rates() -> None:
    assert app.test_client().get("/rates").get_json()["support"] == "60.00"


def test_entry_from_the_timer() -> None:
    response = app.test_client().post("/entries/json", json={"kind": "design", "hours": 0.5})
    assert response.get_json() == {"kind": "design", "hours": "0.5", "amount": "47.50"}

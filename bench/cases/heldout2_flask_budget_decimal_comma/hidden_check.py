from decimal import Decimal

from expenses.web import BUDGET, EXPENSES, app

client = app.test_client()


def test_budget_typed_with_a_comma() -> None:
    EXPENSES.clear()
    response = client.post("/budget", data={"limit": "450,50"})
    assert response.status_code == 200
    assert response.get_json() == {"monthly": "450.50"}
    assert str(BUDGET["monthly"]) == "450.50"
    assert client.get("/budget").get_json() == {"monthly": "450.50", "spent": "0.00", "left": "450.50"}


def test_budget_typed_with_a_point() -> None:
    assert client.post("/budget", data={"limit": "600.00"}).get_json() == {"monthly": "600.00"}


def test_budget_that_is_not_an_amount_is_refused() -> None:
    BUDGET["monthly"] = Decimal("300.00")
    response = client.post("/budget", data={"limit": "lots"})
    assert response.status_code == 400
    assert str(BUDGET["monthly"]) == "300.00"

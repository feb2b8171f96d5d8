from decimal import Decimal

from fastapi.testclient import TestClient

from checkout.api import app
from checkout.money import format_price


def test_format_price() -> None:
    assert format_price(Decimal("1234.5"), "GBP") == "£1,234.50"
    assert format_price(Decimal("3"), "CHF") == "CHF 3.00"


def test_priced_lines() -> None:
    cart = {"currency": "EUR", "lines": [{"name": "Mug", "unit_price": "6.25", "quantity": 2}]}
    response = TestClient(app).post("/cart/lines", json=cart)
    assert response.json() == [{"name": "Mug", "price": "€12.50"}]


def test_priced_lines_of_an_old_cart() -> None:
    response = TestClient(app).post("/cart/lines", json={"lines": [{"name": "Pen", "unit_price": "2"}]})
    assert response.json() == [{"name": "Pen", "price": "$2.00"}]

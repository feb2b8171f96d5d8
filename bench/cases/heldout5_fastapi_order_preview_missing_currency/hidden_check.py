from fastapi.testclient import TestClient

from checkout.api import app


def test_preview_in_the_cart_currency() -> None:
    cart = {
        "currency": "EUR",
        "lines": [{"name": "Mug", "unit_price": "6.25", "quantity": 2}, {"name": "Tea", "unit_price": "4.90"}],
    }
    response = TestClient(app).post("/cart/preview", json=cart)
    assert response.status_code == 200
    assert response.json() == {"items": 3, "total": "€17.40"}


def test_preview_of_a_pound_cart_and_an_old_cart() -> None:
    client = TestClient(app)
    gbp = {"currency": "GBP", "lines": [{"name": "Kettle", "unit_price": "1200", "quantity": 1}]}
    assert client.post("/cart/preview", json=gbp).json() == {"items": 1, "total": "£1,200.00"}
    old = {"lines": [{"name": "Pen", "unit_price": "2", "quantity": 3}]}
    assert client.post("/cart/preview", json=old).json() == {"items": 3, "total": "$6.00"}

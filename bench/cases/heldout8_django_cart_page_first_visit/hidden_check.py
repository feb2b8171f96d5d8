from django.conf import settings
from django.test import Client


def test_first_visit_sees_an_empty_cart_without_a_session_cookie() -> None:
    response = Client().get("/cart/")
    assert response.status_code == 200
    assert response.content.decode() == "Your cart is empty."
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_cart_with_items_unchanged() -> None:
    client = Client()
    client.post("/cart/add/baguette/")
    response = client.get("/cart/")
    assert response.content.decode().splitlines() == ["1 x Baguette: 1.40 EUR", "Total: 1.40 EUR"]

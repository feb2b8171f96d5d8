from decimal import Decimal

from django.test import Client

from deli import catalogue


def test_scale_prices_cheese_by_weight() -> None:
    response = Client().get("/scale/comte", {"grams": "250"})
    assert response.json() == {"item": "Comté 18 months", "grams": 250, "price": "8.00"}


def test_scale_rounds_to_the_penny() -> None:
    assert Client().get("/scale/serrano", {"grams": "113"}).json()["price"] == "5.14"


def test_unknown_item() -> None:
    assert Client().get("/scale/brie", {"grams": "100"}).status_code == 404


def test_basket_total() -> None:
    body = {"lines": [{"code": "comte", "grams": 250}, {"code": "oatcakes"}]}
    response = Client().post("/basket/total", body, content_type="application/json")
    assert response.json() == {"lines": 2, "total": "10.75"}


def test_basket_with_unknown_item() -> None:
    body = {"lines": [{"code": "brie", "grams": 100}]}
    assert Client().post("/basket/total", body, content_type="application/json").status_code == 400


def test_line_price_of_a_pack() -> None:
    assert catalogue.line_price(catalogue.ITEMS["olives"], 0) == Decimal("3.20")

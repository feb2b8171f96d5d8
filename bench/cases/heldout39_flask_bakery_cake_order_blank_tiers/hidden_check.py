import pytest

from bakery import app as bakery_app


@pytest.fixture()
def client():
    bakery_app.ORDERS.clear()
    bakery_app.app.config["TESTING"] = True
    return bakery_app.app.test_client()


def test_blank_tiers_is_a_single_tier_cake(client) -> None:
    response = client.post(
        "/cakes/order", data={"size": "8", "tiers": "", "inscription": "Happy 40th Sam"}
    )
    assert response.status_code == 201
    assert response.json["tiers"] == 1
    assert response.json["price"] == "48.50"


def test_blank_tiers_costs_the_same_as_one(client) -> None:
    blank = client.post("/cakes/order", data={"size": "12", "tiers": "", "inscription": ""})
    one = client.post("/cakes/order", data={"size": "12", "tiers": "1", "inscription": ""})
    assert blank.status_code == one.status_code == 201
    assert blank.json["price"] == one.json["price"] == "78.00"
    three = client.post("/cakes/order", data={"size": "6", "tiers": "3", "inscription": ""})
    assert three.json["price"] == "88.00"
    assert [order["tiers"] for order in bakery_app.ORDERS] == [1, 1, 3]

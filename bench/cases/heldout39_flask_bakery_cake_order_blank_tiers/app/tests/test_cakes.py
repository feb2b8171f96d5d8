from datetime import date
from decimal import Decimal

import pytest

from bakery import app as bakery_app
from bakery.cakes import cake_price, earliest_collection


@pytest.fixture()
def client():
    bakery_app.ORDERS.clear()
    bakery_app.app.config["TESTING"] = True
    return bakery_app.app.test_client()


def test_sizes(client) -> None:
    assert client.get("/cakes/sizes").json["8"] == "45.00"


def test_two_tier_wedding_cake(client) -> None:
    response = client.post("/cakes/order", data={"size": "10", "tiers": "2", "inscription": "Jo & Sam"})
    assert response.status_code == 201
    assert response.json["price"] == "91.50"
    assert response.json["tiers"] == 2
    assert response.json["number"] == 1


def test_too_many_tiers(client) -> None:
    response = client.post("/cakes/order", data={"size": "8", "tiers": "6", "inscription": ""})
    assert response.status_code == 400


def test_price_without_inscription() -> None:
    assert cake_price(6, 3, "   ") == Decimal("88.00")


def test_collection_skips_sunday() -> None:
    assert earliest_collection(date(2025, 5, 16)) == date(2025, 5, 20)

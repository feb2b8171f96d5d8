from decimal import Decimal

import pytest
from django.test import Client

from catalogue.models import Product


@pytest.fixture(autouse=True)
def products() -> None:
    Product.objects.all().delete()
    for name, price in [("Trowel", "7.50"), ("Gloves", "12.00"), ("Hose", "24.90"), ("Mower", "249.00")]:
        Product.objects.create(name=name, price=Decimal(price))


def names(response) -> list[str]:
    return [p["name"] for p in response.json()["products"]]


def test_all_products() -> None:
    assert names(Client().get("/products/")) == ["Trowel", "Gloves", "Hose", "Mower"]


def test_range() -> None:
    assert names(Client().get("/products/filter/", {"min_price": "10", "max_price": "25"})) == ["Gloves", "Hose"]


def test_range_upside_down() -> None:
    assert names(Client().get("/products/filter/", {"min_price": "25", "max_price": "7.50"})) == ["Trowel", "Gloves", "Hose"]


def test_not_a_price() -> None:
    response = Client().get("/products/filter/", {"min_price": "cheap", "max_price": "25"})
    assert response.status_code == 400
    assert "min_price" in response.json()["errors"]

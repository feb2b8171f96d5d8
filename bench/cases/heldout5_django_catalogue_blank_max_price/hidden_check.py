from decimal import Decimal

import pytest
from django.test import Client

from catalogue.models import Product


@pytest.fixture(autouse=True)
def products() -> None:
    Product.objects.all().delete()
    for name, price in [("Trowel", "7.50"), ("Gloves", "12.00"), ("Hose", "24.90"), ("Mower", "249.00")]:
        Product.objects.create(name=name, price=Decimal(price))


def names(query: str) -> list[str]:
    response = Client().get("/products/filter/" + query)
    assert response.status_code == 200
    return [p["name"] for p in response.json()["products"]]


def test_blank_maximum_means_no_upper_limit() -> None:
    assert names("?min_price=10&max_price=") == ["Gloves", "Hose", "Mower"]


def test_blank_minimum_means_no_lower_limit() -> None:
    assert names("?min_price=&max_price=20") == ["Trowel", "Gloves"]


def test_both_blank_is_everything() -> None:
    assert names("?min_price=&max_price=") == ["Trowel", "Gloves", "Hose", "Mower"]


def test_full_and_upside_down_ranges_unchanged() -> None:
    assert names("?min_price=10&max_price=25") == ["Gloves", "Hose"]
    assert names("?min_price=25&max_price=7.50") == ["Trowel", "Gloves", "Hose"]

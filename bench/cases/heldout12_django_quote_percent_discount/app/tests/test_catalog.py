from decimal import Decimal

import pytest
from django.test import Client

from catalog.models import Product


@pytest.fixture(autouse=True)
def products() -> None:
    Product.objects.all().delete()
    Product.objects.create(sku="NB-A5", name="A5 notebook", price=Decimal("2.10"))
    Product.objects.create(sku="PEN-G2", name="Gel pen", price=Decimal("1.35"))


def test_product_detail() -> None:
    assert Client().get("/products/PEN-G2/").json() == {"sku": "PEN-G2", "name": "Gel pen", "price": "1.35"}


def test_quote() -> None:
    assert Client().get("/products/NB-A5/quote/", {"quantity": "3"}).json() == {
        "sku": "NB-A5", "quantity": 3, "total": "6.30"}


def test_unknown_product() -> None:
    assert Client().get("/products/NOPE/quote/").status_code == 404

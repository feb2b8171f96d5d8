from decimal import Decimal

import pytest
from django.test import Client

from catalog.models import Product


@pytest.fixture(autouse=True)
def products() -> None:
    Product.objects.all().delete()
    Product.objects.create(sku="NB-A5", name="A5 notebook", price=Decimal("2.10"))
    Product.objects.create(sku="PEN-G2", name="Gel pen", price=Decimal("1.35"))


def test_discount_is_exact_and_rounded_half_up_at_the_end() -> None:
    response = Client().get("/products/NB-A5/quote/", {"discount": "15"})
    assert response.status_code == 200
    # 2.10 x 0.85 = 1.785 exactly, half-up -> 1.79 (through a float it is 1.78499... -> 1.78)
    assert response.json() == {"sku": "NB-A5", "quantity": 1, "total": "1.79"}


def test_fractional_discount_and_quantity() -> None:
    # 1.35 x 7 = 9.45; x 0.875 = 8.26875 -> 8.27
    assert Client().get("/products/PEN-G2/quote/", {"quantity": "7", "discount": "12.5"}).json()["total"] == "8.27"
    assert Client().get("/products/PEN-G2/quote/", {"quantity": "2"}).json()["total"] == "2.70"

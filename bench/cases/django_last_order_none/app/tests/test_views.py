import pytest
from django.test import Client

from orders.models import Customer, Order


@pytest.fixture(scope="module")
def ada() -> Customer:
    customer = Customer.objects.create(name="Ada")
    Order.objects.create(customer=customer, total_cents=1200)
    Order.objects.create(customer=customer, total_cents=3400)
    return customer


def test_customer(ada: Customer) -> None:
    assert Client().get(f"/customers/{ada.pk}/").json() == {"id": ada.pk, "name": "Ada", "orders": 2}


def test_unknown_customer() -> None:
    assert Client().get("/customers/999/").status_code == 404


def test_last_order(ada: Customer) -> None:
    assert Client().get(f"/customers/{ada.pk}/last-order/").json()["total_cents"] == 3400

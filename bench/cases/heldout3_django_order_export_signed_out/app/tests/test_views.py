from datetime import datetime, timezone
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client

from shop.models import Customer, Order


@pytest.fixture
def client() -> Client:
    User.objects.all().delete()
    user = User.objects.create_user("dana", password="not-a-secret")
    customer = Customer.objects.create(user=user, loyalty_points=40)
    Order.objects.create(customer=customer, reference="A-100", total=Decimal("19.90"), placed_at=datetime(2026, 2, 3, tzinfo=timezone.utc))
    Order.objects.create(customer=customer, reference="A-117", total=Decimal("5.00"), placed_at=datetime(2026, 3, 9, tzinfo=timezone.utc))
    client = Client()
    client.force_login(user)
    return client


def test_account(client: Client) -> None:
    assert client.get("/account/").json() == {"username": "dana", "loyalty_points": 40}


def test_order_list(client: Client) -> None:
    assert [o["reference"] for o in client.get("/account/orders/").json()["orders"]] == ["A-117", "A-100"]


def test_order_export(client: Client) -> None:
    response = client.get("/account/orders.csv")
    assert response["Content-Type"] == "text/csv"
    assert response.content.decode().splitlines() == [
        "reference,placed_at,total",
        "A-117,2026-03-09,5.00",
        "A-100,2026-02-03,19.90",
    ]


def test_anonymous_account_goes_to_login() -> None:
    response = Client().get("/account/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/account/"

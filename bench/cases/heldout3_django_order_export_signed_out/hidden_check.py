from datetime import datetime, timezone
from decimal import Decimal

from django.contrib.auth.models import User
from django.test import Client

from shop.models import Customer, Order


def test_signed_out_export_goes_to_login() -> None:
    response = Client().get("/account/orders.csv")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/account/orders.csv"


def test_signed_in_export_still_works() -> None:
    User.objects.all().delete()
    user = User.objects.create_user("eli", password="not-a-secret")
    customer = Customer.objects.create(user=user)
    Order.objects.create(customer=customer, reference="B-7", total=Decimal("12.50"), placed_at=datetime(2026, 1, 2, tzinfo=timezone.utc))
    client = Client()
    client.force_login(user)
    response = client.get("/account/orders.csv")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == ["reference,placed_at,total", "B-7,2026-01-02,12.50"]

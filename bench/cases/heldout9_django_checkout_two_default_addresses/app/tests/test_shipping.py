from accounts.models import Address, Customer
from django.test import Client


def test_prefilled_with_default_address() -> None:
    ada = Customer.objects.create(name="Ada", email="ada@example.com")
    Address.objects.create(customer=ada, line1="1 Mill Lane", city="Leeds", postcode="LS1 1AA")
    Address.objects.create(
        customer=ada, line1="9 Quay St", city="Bristol", postcode="BS1 4DJ", is_default=True
    )
    body = Client().get(f"/checkout/{ada.pk}/shipping/").json()
    assert body == {
        "customer": "Ada",
        "address": {"line1": "9 Quay St", "city": "Bristol", "postcode": "BS1 4DJ"},
    }


def test_no_default_address() -> None:
    bo = Customer.objects.create(name="Bo", email="bo@example.com")
    assert Client().get(f"/checkout/{bo.pk}/shipping/").json() == {
        "customer": "Bo",
        "address": None,
    }


def test_unknown_customer() -> None:
    assert Client().get("/checkout/999/shipping/").status_code == 404

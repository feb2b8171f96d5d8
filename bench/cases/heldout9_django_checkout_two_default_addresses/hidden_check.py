from datetime import UTC, datetime

from accounts.models import Address, Customer
from django.test import Client


def when(year: int, month: int) -> datetime:
    return datetime(year, month, 1, tzinfo=UTC)


def prefilled(customer: Customer) -> dict | None:
    response = Client().get(f"/checkout/{customer.pk}/shipping/")
    assert response.status_code == 200
    return response.json()["address"]


def test_merged_account_gets_most_recently_updated_default_added_last() -> None:
    cleo = Customer.objects.create(name="Cleo", email="cleo@example.com")
    Address.objects.create(
        customer=cleo,
        line1="4 Elm Road",
        city="York",
        postcode="YO1 7HH",
        is_default=True,
        updated_at=when(2023, 5),
    )
    Address.objects.create(
        customer=cleo,
        line1="22 Harbour Walk",
        city="Whitby",
        postcode="YO21 3PU",
        is_default=True,
        updated_at=when(2025, 11),
    )
    assert prefilled(cleo) == {"line1": "22 Harbour Walk", "city": "Whitby", "postcode": "YO21 3PU"}


def test_merged_account_gets_most_recently_updated_default_added_first() -> None:
    dev = Customer.objects.create(name="Dev", email="dev@example.com")
    Address.objects.create(
        customer=dev,
        line1="3 Park Row",
        city="Leeds",
        postcode="LS1 5HD",
        is_default=True,
        updated_at=when(2026, 2),
    )
    Address.objects.create(
        customer=dev,
        line1="8 Canal St",
        city="Manchester",
        postcode="M1 3HE",
        is_default=True,
        updated_at=when(2022, 8),
    )
    Address.objects.create(
        customer=dev,
        line1="1 Old Mill",
        city="Hebden",
        postcode="HX7 8AD",
        is_default=False,
        updated_at=when(2026, 3),
    )
    assert prefilled(dev) == {"line1": "3 Park Row", "city": "Leeds", "postcode": "LS1 5HD"}


def test_single_default_and_none_unchanged() -> None:
    ada = Customer.objects.create(name="Ada", email="ada@example.com")
    Address.objects.create(
        customer=ada, line1="9 Quay St", city="Bristol", postcode="BS1 4DJ", is_default=True
    )
    Address.objects.create(customer=ada, line1="1 Mill Lane", city="Leeds", postcode="LS1 1AA")
    assert prefilled(ada) == {"line1": "9 Quay St", "city": "Bristol", "postcode": "BS1 4DJ"}
    bo = Customer.objects.create(name="Bo", email="bo@example.com")
    assert prefilled(bo) is None

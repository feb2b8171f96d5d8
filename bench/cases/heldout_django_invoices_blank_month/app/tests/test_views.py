from datetime import date

import pytest
from django.test import Client
from django.utils import timezone

from invoices.models import Invoice


@pytest.fixture(scope="module", autouse=True)
def invoices() -> None:
    today = timezone.localdate()
    Invoice.objects.get_or_create(number="2026-0101", defaults={
        "customer": "Acme", "issued_on": date(2026, 10, 3), "total_cents": 12000})
    Invoice.objects.get_or_create(number="NOW-1", defaults={
        "customer": "Globex", "issued_on": today.replace(day=1), "total_cents": 4500})


def test_list_of_a_month() -> None:
    assert Client().get("/invoices/?month=2026-10").json() == {
        "month": "2026-10",
        "invoices": [{"number": "2026-0101", "customer": "Acme", "total_cents": 12000}],
    }


def test_list_defaults_to_this_month() -> None:
    body = Client().get("/invoices/").json()
    assert body["month"] == timezone.localdate().strftime("%Y-%m")
    assert [i["number"] for i in body["invoices"]] == ["NOW-1"]

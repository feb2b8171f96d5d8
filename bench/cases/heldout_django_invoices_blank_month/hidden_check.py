from datetime import date

import pytest
from django.test import Client
from django.utils import timezone

from invoices.models import Invoice


@pytest.fixture(scope="module", autouse=True)
def invoices() -> None:
    Invoice.objects.get_or_create(number="2026-0101", defaults={
        "customer": "Acme", "issued_on": date(2026, 10, 3), "total_cents": 12000})
    Invoice.objects.get_or_create(number="NOW-1", defaults={
        "customer": "Globex", "issued_on": timezone.localdate().replace(day=1),
        "total_cents": 4500})


def test_empty_month_means_this_month() -> None:
    response = Client().get("/invoices/?month=")
    assert response.status_code == 200
    body = response.json()
    assert body["month"] == timezone.localdate().strftime("%Y-%m")
    assert [i["number"] for i in body["invoices"]] == ["NOW-1"]


def test_given_month_unchanged() -> None:
    body = Client().get("/invoices/?month=2026-10").json()
    assert [i["number"] for i in body["invoices"]] == ["2026-0101"]

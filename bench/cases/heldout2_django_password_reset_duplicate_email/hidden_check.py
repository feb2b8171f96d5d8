from datetime import datetime, timezone

import pytest
from django.test import Client

from accounts.mailer import OUTBOX
from accounts.models import Account


def _account(email: str, name: str, year: int, active: bool = True) -> Account:
    return Account.objects.create(
        email=email, display_name=name, is_active=active, created_at=datetime(year, 1, 5, tzinfo=timezone.utc)
    )


@pytest.fixture(autouse=True)
def clean() -> None:
    Account.objects.all().delete()
    OUTBOX.clear()


def test_reset_goes_to_the_newest_active_account() -> None:
    _account("grace@example.com", "Grace (closed)", 2021, active=False)
    _account("grace@example.com", "Grace (older, still open)", 2020)
    current = _account("Grace@Example.com", "Grace", 2024)
    _account("grace@example.com", "Grace (opened and closed since)", 2025, active=False)
    response = Client().post("/password-reset/", {"email": "grace@example.com"})
    assert (response.status_code, response.json()) == (202, {"status": "accepted"})
    assert [m.account_id for m in OUTBOX] == [current.pk]


def test_address_with_only_closed_accounts_gets_no_mail() -> None:
    _account("old@example.com", "Old", 2018, active=False)
    _account("old@example.com", "Older", 2017, active=False)
    response = Client().post("/password-reset/", {"email": "old@example.com"})
    assert (response.status_code, response.json()) == (202, {"status": "accepted"})
    assert OUTBOX == []


def test_single_account_unchanged() -> None:
    only = _account("ada@example.com", "Ada", 2022)
    Client().post("/password-reset/", {"email": "ADA@example.com"})
    assert [m.account_id for m in OUTBOX] == [only.pk]

from datetime import datetime, timezone

import pytest
from django.test import Client

from accounts.mailer import OUTBOX
from accounts.models import Account


@pytest.fixture(autouse=True)
def accounts() -> None:
    Account.objects.all().delete()
    OUTBOX.clear()
    Account.objects.create(
        email="ada@example.com", display_name="Ada", created_at=datetime(2021, 3, 1, tzinfo=timezone.utc)
    )


def test_profile() -> None:
    account = Account.objects.get()
    assert Client().get("/accounts/ADA@example.com/").json() == {"id": account.pk, "display_name": "Ada"}


def test_profile_of_unknown_address() -> None:
    assert Client().get("/accounts/bob@example.com/").status_code == 404


def test_reset() -> None:
    response = Client().post("/password-reset/", {"email": "ada@example.com"})
    assert response.status_code == 202
    assert [m.account_id for m in OUTBOX] == [Account.objects.get().pk]


def test_reset_of_unknown_address_says_the_same() -> None:
    response = Client().post("/password-reset/", {"email": "bob@example.com"})
    assert (response.status_code, response.json()) == (202, {"status": "accepted"})
    assert OUTBOX == []

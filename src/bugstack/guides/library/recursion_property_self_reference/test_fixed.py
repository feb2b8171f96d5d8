# mypy: disable-error-code="import-not-found"
import pytest
from fixed import Account


def test_the_balance_is_stored_and_read_back() -> None:
    account = Account(10)
    account.balance = 25
    assert account.balance == 25


def test_a_negative_balance_is_still_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        Account(-1)

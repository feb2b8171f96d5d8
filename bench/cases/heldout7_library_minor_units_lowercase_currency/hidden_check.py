from decimal import Decimal

import pytest

from payouts.money import to_minor
from payouts.provider import payout_request


def test_lower_case_codes_from_the_provider() -> None:
    assert to_minor(Decimal("1500"), "jpy") == 1500
    assert to_minor(Decimal("12.34"), "eur") == 1234
    assert to_minor(Decimal("12.34"), "Gbp") == 1234


def test_payout_in_yen() -> None:
    assert payout_request("acct_77", Decimal("48000"), "jpy", "March sales") == {
        "destination": "acct_77",
        "amount": 48000,
        "currency": "jpy",
        "description": "March sales",
    }


def test_unknown_currency_is_still_refused() -> None:
    # Refused, not guessed; the docstring's ValueError or the lookup's KeyError.
    with pytest.raises((ValueError, KeyError)):
        to_minor(Decimal("10"), "xyz")

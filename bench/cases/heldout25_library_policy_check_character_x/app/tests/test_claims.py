from datetime import date
from decimal import Decimal

import pytest

from claimkit.claims import InvalidPolicy, Visit, build_claim
from claimkit.policy import check_value, is_valid, normalise


def test_normalise_card_spelling() -> None:
    assert normalise("k 1234-5678 2") == "K123456782"


def test_check_value() -> None:
    assert check_value("12345678") == 2
    assert check_value("30561274") == 8


def test_valid_policies() -> None:
    assert is_valid("K 1234 5678 2")
    assert is_valid("A305612748")


def test_wrong_check_digit() -> None:
    assert not is_valid("K123456783")


def test_malformed_policies() -> None:
    assert not is_valid("K12345678")
    assert not is_valid("1123456782")
    assert not is_valid("")


def test_claim_keeps_the_insurers_visits_in_date_order() -> None:
    visits = [
        Visit("Noor Haddad", "Kestrel Health", "K 1234 5678 2", date(2024, 5, 14), "C-101", Decimal("85.00")),
        Visit("Ivo Brandt", "Atlas Mutual", "A305612748", date(2024, 5, 2), "C-101", Decimal("85.00")),
        Visit("Noor Haddad", "Kestrel Health", "K123456782", date(2024, 5, 3), "P-220", Decimal("42.50")),
    ]
    claim = build_claim("Kestrel Health", visits)
    assert [line.day.day for line in claim.lines] == [3, 14]
    assert {line.policy for line in claim.lines} == {"K123456782"}
    assert claim.total == Decimal("127.50")


def test_claim_refuses_a_mistyped_policy() -> None:
    visits = [Visit("Ivo Brandt", "Atlas Mutual", "A305612749", date(2024, 5, 2), "C-101", Decimal("85.00"))]
    with pytest.raises(InvalidPolicy):
        build_claim("Atlas Mutual", visits)

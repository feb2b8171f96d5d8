from datetime import date
from decimal import Decimal

import pytest

from claimkit.claims import InvalidPolicy, Visit, build_claim
from claimkit.policy import is_valid


def test_check_character_x_stands_for_ten() -> None:
    assert is_valid("K 3056 1275 X")
    assert is_valid("a29384754x")


def test_x_is_refused_where_the_check_value_is_not_ten() -> None:
    assert not is_valid("K12345678X")
    assert not is_valid("A30561274X")
    assert is_valid("A305612748")
    assert not is_valid("K305612750")


def test_claim_with_a_card_ending_in_x() -> None:
    visits = [
        Visit("Noor Haddad", "Kestrel Health", "K 1234 5678 2", date(2024, 5, 3), "C-101", Decimal("85.00")),
        Visit("Lena Vogt", "Kestrel Health", "K 3056 1275 X", date(2024, 5, 7), "C-101", Decimal("85.00")),
    ]
    claim = build_claim("Kestrel Health", visits)
    assert [line.policy for line in claim.lines] == ["K123456782", "K30561275X"]
    assert claim.total == Decimal("170.00")


def test_claim_still_refuses_a_wrong_x() -> None:
    visits = [Visit("Ivo Brandt", "Atlas Mutual", "A30561274X", date(2024, 5, 2), "C-101", Decimal("85.00"))]
    with pytest.raises(InvalidPolicy):
        build_claim("Atlas Mutual", visits)

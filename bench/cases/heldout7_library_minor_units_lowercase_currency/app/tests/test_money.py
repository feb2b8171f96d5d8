from decimal import Decimal

from payouts.money import from_minor, to_minor


def test_to_minor() -> None:
    assert to_minor(Decimal("12.34"), "EUR") == 1234
    assert to_minor(Decimal("0.005"), "USD") == 1
    assert to_minor(Decimal("1500"), "JPY") == 1500


def test_from_minor() -> None:
    assert from_minor(1234, "eur") == Decimal("12.34")
    assert from_minor(1500, "jpy") == Decimal("1500")

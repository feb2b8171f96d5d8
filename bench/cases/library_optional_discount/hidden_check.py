from decimal import Decimal

from pricing.cart import Line, cart_total, line_total


def test_line_without_discount_is_full_price() -> None:
    assert line_total(Line("c", Decimal("3.20"), 3)) == Decimal("9.60")


def test_mixed_cart() -> None:
    lines = [Line("a", Decimal("10.00"), 2, Decimal("1.50")), Line("c", Decimal("3.20"), 3)]
    assert cart_total(lines) == Decimal("26.60")

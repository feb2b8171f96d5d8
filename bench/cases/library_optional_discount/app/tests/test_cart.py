from decimal import Decimal

from pricing.cart import Line, cart_total


def test_discounted_cart() -> None:
    lines = [Line("a", Decimal("10.00"), 2, Decimal("1.50")), Line("b", Decimal("5.00"), 1, Decimal("0"))]
    assert cart_total(lines) == Decimal("22.00")

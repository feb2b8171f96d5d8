from decimal import Decimal

import pytest

from parcels.checkout import Cart, Line, estimate_cart, quote_order
from parcels.rates import parcel_rate

MUG = Line("MUG", 2, 0.6)
LAMP = Line("LAMP", 1, 4.5)


def test_quote_order() -> None:
    assert quote_order("domestic", [MUG, LAMP]) == Decimal("17.30")


def test_quote_order_eu() -> None:
    assert quote_order("eu", [LAMP]) == Decimal("15.00")


def test_empty_cart_ships_free() -> None:
    assert estimate_cart(Cart("eu")) == Decimal("0.00")


def test_parcel_over_the_limit() -> None:
    with pytest.raises(ValueError):
        parcel_rate("eu", (31.0,))

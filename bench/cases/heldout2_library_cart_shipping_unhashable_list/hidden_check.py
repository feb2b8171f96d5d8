from decimal import Decimal

from parcels.checkout import Cart, Line, estimate_cart, quote_order
from parcels.rates import parcel_rate


def test_cart_estimate_is_what_the_order_will_cost() -> None:
    lines = [Line("MUG", 2, 0.6), Line("LAMP", 1, 4.5)]
    assert estimate_cart(Cart("domestic", lines)) == Decimal("17.30")
    assert estimate_cart(Cart("eu", lines)) == quote_order("eu", lines) == Decimal("34.80")


def test_refreshing_the_estimate_uses_the_cache() -> None:
    cart = Cart("eu", [Line("BOOK", 3, 1.1), Line("RUG", 1, 12.0)])
    estimate_cart(cart)
    hits = parcel_rate.cache_info().hits
    assert estimate_cart(cart) == Decimal("56.70")
    assert parcel_rate.cache_info().hits == hits + 1

from decimal import Decimal

import pytest

from pricebook.prices import dump_price_list, load_price_list
from pricebook.quotes import QuoteLine, UnknownProduct, quote_from_stored

PRICES = {1042: Decimal("9.90"), 77: Decimal("0.35"), 310: Decimal("129.00")}


def test_round_trip_is_exact() -> None:
    assert load_price_list(dump_price_list(PRICES)) == PRICES


def test_quote_from_the_stored_list() -> None:
    total = quote_from_stored([QuoteLine(1042, 3), QuoteLine(310, 1)], dump_price_list(PRICES))
    assert total == Decimal("158.70")


def test_unlisted_product_cannot_be_priced() -> None:
    with pytest.raises(UnknownProduct):
        quote_from_stored([QuoteLine(1042, 1), QuoteLine(5, 2)], dump_price_list(PRICES))

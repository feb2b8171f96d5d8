from decimal import Decimal

import pytest

from pricebook.prices import dump_price_list
from pricebook.quotes import QuoteLine, UnknownProduct, quote_total

PRICES = {1042: Decimal("9.90"), 77: Decimal("0.35")}


def test_quote_total() -> None:
    assert quote_total([QuoteLine(1042, 2), QuoteLine(77, 10)], PRICES) == Decimal("23.30")


def test_unknown_product() -> None:
    with pytest.raises(UnknownProduct):
        quote_total([QuoteLine(5, 1)], PRICES)


def test_dump_keeps_prices_exact() -> None:
    assert dump_price_list(PRICES) == '{"77": "0.35", "1042": "9.90"}'

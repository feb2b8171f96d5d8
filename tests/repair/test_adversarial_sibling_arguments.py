"""sibling_arguments under review: a sibling that passes the missing argument from data of
another type (an order, not a cart) backs nothing, and the module's default currency must
not be passed in its place."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

MONEY = '''
    from dataclasses import dataclass
    from decimal import Decimal

    DEFAULT_CURRENCY = "USD"


    @dataclass
    class Order:
        currency: str
        total: Decimal


    @dataclass
    class Quote:
        shop_currency: str
        buyer_currency: str
        total: Decimal


    def format_price(amount: Decimal, currency: str) -> str:
        return f"{currency} {amount:.2f}"


    def invoice_line(order: Order) -> str:
        return format_price(order.total, order.currency)


    def quote_line(quote: Quote) -> str:
        return "Quote: " + format_price(quote.total)
'''

TESTS = '''
    from decimal import Decimal

    from shop.money import Order, invoice_line


    def test_invoice_line() -> None:
        assert invoice_line(Order("EUR", Decimal("2"))) == "EUR 2.00"
'''

# A quote has two currencies; nothing in the code says which one a quote is shown in.
CHECK = '''
from decimal import Decimal
from shop.money import Quote, quote_line
try:
    line = quote_line(Quote("EUR", "GBP", Decimal("3")))
except TypeError:
    pass
else:
    raise AssertionError(line)
'''


def test_a_sibling_reading_another_type_is_no_answer_for_a_quote(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": "", "shop/money.py": MONEY,
                                    "tests/test_money.py": TESTS},
                         'from decimal import Decimal\nfrom shop.money import Quote, '
                         'quote_line\nquote_line(Quote("EUR", "GBP", Decimal("3")))', CHECK)
    assert data is not None and data["status"] != "fixed", data["patch"]

"""sibling_or_fallbacks under review: siblings that fall back to different values say no
one thing about a blank value, so the crash gets none of them."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

PRICES = '''
    """Prices of the two storefronts."""

    from __future__ import annotations

    CURRENCIES = {"EUR": "\\u20ac", "USD": "$"}


    def eu_label(row: dict[str, str]) -> str:
        return CURRENCIES[row["currency"] or "EUR"] + row["amount"]


    def us_label(row: dict[str, str]) -> str:
        return CURRENCIES[row["currency"] or "USD"] + row["amount"]


    def invoice_label(row: dict[str, str]) -> str:
        return CURRENCIES[row["currency"]] + row["amount"]
'''

PRICES_TESTS = '''
    from shop.prices import eu_label, invoice_label, us_label


    def test_labels() -> None:
        assert eu_label({"currency": "", "amount": "3"}) == "\\u20ac3"
        assert us_label({"currency": "", "amount": "3"}) == "$3"
        assert invoice_label({"currency": "USD", "amount": "3"}) == "$3"
'''


def test_siblings_that_disagree_give_no_fallback(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/prices.py": PRICES,
                   "tests/__init__.py": "", "tests/test_prices.py": PRICES_TESTS},
        'from shop.prices import invoice_label\n'
        'invoice_label({"currency": "", "amount": "3"})',
        'from shop.prices import invoice_label\n'
        'try:\n    invoice_label({"currency": "", "amount": "3"})\nexcept KeyError:\n    pass\n'
        'else:\n    raise AssertionError("an invoice without a currency got one")\n')
    assert data is not None and data["status"] != "fixed"


# sibling_or_fallbacks under review: the same expression before ``or`` elsewhere in the
# module says what a blank value means there, not what it means at the crash.

ADDRESSES = '''
    """Addresses of the cache server, from its settings."""

    from __future__ import annotations


    def bind_address(config: dict[str, str]) -> tuple[str, int]:
        """Where the server listens: a blank port lets the system pick a free one."""
        return config["host"], int(config["port"] or 0)


    def connect_address(config: dict[str, str]) -> tuple[str, int]:
        """Where a client connects: the server's host and port."""
        return config["host"], int(config["port"])
'''


ADDRESSES_TESTS = '''
    from cache.addresses import bind_address, connect_address


    def test_addresses() -> None:
        assert bind_address({"host": "0.0.0.0", "port": ""}) == ("0.0.0.0", 0)
        assert connect_address({"host": "db", "port": "6379"}) == ("db", 6379)
'''


def test_a_port_the_server_lets_the_system_pick_is_no_port_to_connect_to(
        tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, {"cache/__init__.py": "", "cache/addresses.py": ADDRESSES,
                   "tests/__init__.py": "", "tests/test_addresses.py": ADDRESSES_TESTS},
        'from cache.addresses import connect_address\n'
        'connect_address({"host": "db", "port": ""})',
        'from cache.addresses import connect_address\n'
        'try:\n    got = connect_address({"host": "db", "port": ""})\n'
        'except ValueError:\n    pass\n'
        'else:\n    raise AssertionError(f"a client told to connect to {got}")\n')


STOCK = '''
    """Stock lines of the warehouse export."""

    from __future__ import annotations

    from decimal import Decimal

    ALLOW_BACKORDER = True


    def can_ship(row: dict[str, str]) -> bool:
        """A line ships when there is stock for it or backorders are allowed."""
        return bool(row["stock"] or ALLOW_BACKORDER)


    def stock_value(row: dict[str, str]) -> Decimal:
        """What the units in stock are worth at their unit cost."""
        return int(row["stock"]) * Decimal(row["unit_cost"])
'''


STOCK_TESTS = '''
    from decimal import Decimal

    from depot.stock import can_ship, stock_value


    def test_stock() -> None:
        assert can_ship({"stock": "", "unit_cost": "2.50"})
        assert stock_value({"stock": "4", "unit_cost": "2.50"}) == Decimal("10.00")
'''


def test_a_flag_after_or_in_a_condition_is_no_count(tmp_path: Path) -> None:
    # `row["stock"] or ALLOW_BACKORDER` is a yes/no test; as a fallback it makes a blank
    # stock int(True), one unit in stock.
    fix_and_check(
        tmp_path, {"depot/__init__.py": "", "depot/stock.py": STOCK,
                   "tests/__init__.py": "", "tests/test_stock.py": STOCK_TESTS},
        'from depot.stock import stock_value\n'
        'stock_value({"stock": "", "unit_cost": "2.50"})',
        'from decimal import Decimal\nfrom depot.stock import stock_value\n'
        'try:\n    got = stock_value({"stock": "", "unit_cost": "2.50"})\n'
        'except ValueError:\n    pass\n'
        'else:\n    assert got == 0, got\n')


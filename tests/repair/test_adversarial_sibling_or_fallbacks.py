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

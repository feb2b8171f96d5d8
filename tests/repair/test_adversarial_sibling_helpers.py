"""sibling_helpers under review: a helper documented for decimal commas ("12,50") is not
backed for a number written with a thousands separator ("1,200"), which has the same
punctuation but another meaning."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

MONEY = '''
    from decimal import Decimal


    def parse_amount(text: str) -> Decimal:
        """Amounts as our customers in Germany type them: ``"12,50"`` is twelve euros fifty."""
        return Decimal(text.replace(".", "").replace(",", "."))
'''

FORMS = '''
    from decimal import Decimal

    from stock.money import parse_amount


    def add_expense(form: dict[str, str]) -> dict[str, Decimal]:
        return {"amount": parse_amount(form["amount"])}


    def set_weight(form: dict[str, str]) -> dict[str, Decimal]:
        grams = Decimal(form["weight_grams"])
        return {"kg": grams / 1000}
'''

TESTS = '''
    from decimal import Decimal

    from stock.forms import add_expense, set_weight


    def test_expense():
        assert add_expense({"amount": "12,50"}) == {"amount": Decimal("12.50")}


    def test_weight():
        assert set_weight({"weight_grams": "500"}) == {"kg": Decimal("0.5")}
'''


def test_a_thousands_separator_is_not_read_as_a_decimal_comma(tmp_path: Path) -> None:
    # parse_amount("1,200") is 1.2: 1,200 grams would be stored as 0.0012 kg.
    data = fix_and_check(
        tmp_path, {"stock/__init__.py": "", "stock/money.py": MONEY, "stock/forms.py": FORMS,
                   "tests/test_forms.py": TESTS},
        'from stock.forms import set_weight\nset_weight({"weight_grams": "1,200"})',
        'from decimal import Decimal\nfrom stock.forms import set_weight\n'
        'assert set_weight({"weight_grams": "1,200"}) == {"kg": Decimal("1.2")}')
    assert data is not None and "parse_amount(form[\"weight_grams\"])" not in (
        data["patch"] or "")

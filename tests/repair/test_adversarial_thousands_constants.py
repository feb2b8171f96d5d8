"""thousands_constants under review: a point that groups no three digits is no thousands
separator, so the rule stays out of it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

AMOUNTS = '''
    """Amounts from the bank's statement export."""

    from __future__ import annotations

    from decimal import Decimal

    DECIMAL_SEPARATOR = ","
    THOUSANDS_SEPARATOR = "."


    def parse_amount(text: str) -> Decimal:
        """An amount as the bank writes it: "2.450,00"."""
        return Decimal(text.strip().replace(DECIMAL_SEPARATOR, "."))
'''

AMOUNTS_TESTS = '''
    from decimal import Decimal

    from bank.amounts import parse_amount


    def test_parse_amount() -> None:
        assert parse_amount("12,50") == Decimal("12.50")
'''


def test_a_point_grouping_two_digits_is_not_dropped(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"bank/__init__.py": "", "bank/amounts.py": AMOUNTS,
                   "tests/__init__.py": "", "tests/test_amounts.py": AMOUNTS_TESTS},
        'from bank.amounts import parse_amount\nparse_amount("24.50,00")',
        'from decimal import Decimal, InvalidOperation\n'
        'from bank.amounts import parse_amount\n'
        'try:\n    got = parse_amount("24.50,00")\nexcept (ValueError, InvalidOperation):\n'
        '    pass\nelse:\n    raise AssertionError(got)\n')
    assert data is not None and data["status"] != "fixed"

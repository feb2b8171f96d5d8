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


# thousands_constants under review: a point followed by three digits is a thousands
# separator only where the amount is written the module's way; a number written the other
# way, or grouped wrongly, is no amount to accept.

WEIGHTS = '''
    """Weights from the warehouse scale's export, in kilograms."""

    from __future__ import annotations

    from decimal import Decimal

    DECIMAL_SEPARATOR = ","
    THOUSANDS_SEPARATOR = "."


    def parse_weight(text: str) -> Decimal:
        """A weight as the scale writes it, to the gram: "12,500" is 12.5 kg."""
        return Decimal(text.strip().replace(DECIMAL_SEPARATOR, "."))
'''


WEIGHTS_TESTS = '''
    from decimal import Decimal

    from depot.weights import parse_weight


    def test_parse_weight() -> None:
        assert parse_weight("12,500") == Decimal("12.5")
        assert parse_weight(" 0,250 ") == Decimal("0.25")
'''


TRAP_CHECK = '''
from decimal import Decimal, InvalidOperation
from depot.weights import parse_weight
try:
    got = parse_weight(VALUE)
except (ValueError, InvalidOperation):
    pass
else:
    assert got == Decimal(EXPECTED), got
'''


def _weights() -> dict[str, str]:
    return {"depot/__init__.py": "", "depot/weights.py": WEIGHTS,
            "tests/__init__.py": "", "tests/test_weights.py": WEIGHTS_TESTS}


def test_a_number_written_the_english_way_is_not_regrouped(tmp_path: Path) -> None:
    # "1,250.500" is 1250.5 kg written the English way; dropping the point first and then
    # reading the comma as the decimal mark answers 1.2505 kg.
    fix_and_check(
        tmp_path, _weights(),
        'from depot.weights import parse_weight\nparse_weight("1,250.500")',
        TRAP_CHECK.replace("VALUE", '"1,250.500"').replace("EXPECTED", '"1250.5"'))


def test_an_amount_grouped_wrongly_is_not_read_as_another_number(tmp_path: Path) -> None:
    # "1.2.500,000" groups one digit, then three: no amount the scale writes. Dropping
    # every point reads 12500 kg out of it.
    fix_and_check(
        tmp_path, _weights(),
        'from depot.weights import parse_weight\nparse_weight("1.2.500,000")',
        TRAP_CHECK.replace("VALUE", '"1.2.500,000"').replace("EXPECTED", '"-1"'))


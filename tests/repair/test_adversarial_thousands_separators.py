"""thousands_separators under review: a comma the documentation gives to the decimal part,
or a grouping it refuses, is not dropped as a thousands separator."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

EUROPEAN = '''
    def parse_amount(text: str) -> float:
        """Amounts as the Berlin office types them, with a decimal comma ('12,50').

        Thousands are grouped with points ('1.234,50').
        """
        return float(text)
'''

REFUSED = '''
    def parse_amount(text: str) -> float:
        """Amounts as the bank writes them: '42.10', '-7.99'.

        Thousands are never grouped: '1,234.50' is an error in the export and is rejected.
        """
        return float(text)
'''

TESTS = '''
    from books.money import parse_amount


    def test_parse_amount() -> None:
        assert parse_amount("42.5") == 42.5
'''


def _run(tmp_path: Path, money: str, check: str) -> dict[str, object] | None:
    return fix_and_check(
        tmp_path, {"books/__init__.py": "", "books/money.py": money,
                   "tests/test_money.py": TESTS},
        'from books.money import parse_amount\nparse_amount("1,200")',
        "from books.money import parse_amount\n" + check)


def test_a_decimal_comma_is_not_read_as_a_thousands_separator(tmp_path: Path) -> None:
    # "1,200" is one euro twenty here, not twelve hundred.
    data = _run(tmp_path, EUROPEAN, 'assert parse_amount("1,200") == 1.2')
    assert data is not None and data["status"] != "fixed"
    assert 'replace(",", "")' not in str(data.get("patch") or "")


def test_a_refused_grouping_is_not_dropped(tmp_path: Path) -> None:
    # The documentation rejects grouped amounts: reading them would hide a bad export.
    data = _run(tmp_path, REFUSED,
                'import pytest\nwith pytest.raises(ValueError):\n    parse_amount("1,200")')
    assert data is not None and data["status"] != "fixed"

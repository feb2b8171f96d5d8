"""A number written with the thousands separator its docstring documents: the separator is
dropped before the conversion; nothing is proposed when the documentation is silent, refuses
the grouping, or leaves the decimal mark open."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.thousands_separators import DocumentedThousandsSeparator
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

STATEMENT = '''
    """Rows of the card issuer's export."""


    def parse_total(text: str) -> float:
        """A total as the issuer prints it: '42.10', '-7.99'.

        Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.
        """
        return float(text)


    def parse_count(text: str) -> int:
        return int(text)
'''

MESSAGE = "could not convert string to float: '3,150.00'"


def _propose(tmp_path: Path, source: str = STATEMENT, value: str = "'3,150.00'",
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"cards/__init__.py": "", "cards/rows.py": source},
                              "cards/rows.py", "return float(text)", "ValueError", message,
                              {"text": value})
    return list(DocumentedThousandsSeparator().propose(site, analysis))


def test_the_documented_separator_is_dropped_before_the_conversion(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["cards/rows.py"]
    assert after == textwrap.dedent(STATEMENT).lstrip("\n").replace(
        "return float(text)", 'return float(text.replace(",", ""))')
    assert "return int(text)" in after  # another function, left alone
    assert found[0].contract is not None and "grouped with commas" in found[0].contract


def test_an_example_alone_names_the_separator_and_the_decimal_mark(tmp_path: Path) -> None:
    by_example = STATEMENT.replace(
        "Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.",
        "Large totals are grouped in thousands: '1,234.50'.")
    assert len(_propose(tmp_path, by_example)) == 1


def test_a_decimal_comma_with_point_groups(tmp_path: Path) -> None:
    german = STATEMENT.replace(
        "Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.",
        "Thousands are grouped with points ('1.234,50'); the decimal separator is the comma.")
    found = _propose(tmp_path, german, value="'3.150,00'",
                     message="could not convert string to float: '3.150,00'")
    assert len(found) == 1
    assert 'float(text.replace(".", "").replace(",", "."))' in found[0].edits["cards/rows.py"]


def test_documentation_silent_about_thousands_backs_nothing(tmp_path: Path) -> None:
    silent = STATEMENT.replace(
        "Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.",
        "The decimal separator is the point.")
    assert _propose(tmp_path, silent) == []


def test_grouping_said_of_something_else_backs_nothing(tmp_path: Path) -> None:
    rows = STATEMENT.replace(
        "Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.",
        "Rows are grouped by month, with commas between fields. The decimal separator is "
        "the point.")
    assert _propose(tmp_path, rows) == []


def test_documentation_refusing_the_grouping_backs_nothing(tmp_path: Path) -> None:
    refused = STATEMENT.replace("Thousands are grouped with commas ('1,234.50')",
                                "Thousands are never grouped with commas")
    assert _propose(tmp_path, refused) == []


def test_an_undocumented_decimal_mark_backs_nothing(tmp_path: Path) -> None:
    # "1,000" could be one thousand or one: without the decimal mark it is not decided.
    open_mark = STATEMENT.replace(
        "Thousands are grouped with commas ('1,234.50'); the decimal separator is the point.",
        "Thousands are grouped with commas.")
    assert _propose(tmp_path, open_mark, value="'1,000'",
                    message="could not convert string to float: '1,000'") == []


def test_a_comma_documented_as_the_decimal_mark_backs_nothing(tmp_path: Path) -> None:
    comma = STATEMENT.replace("the decimal separator is the point",
                              "the decimal separator is the comma")
    assert _propose(tmp_path, comma) == []


def test_text_not_grouped_in_threes_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, value="'3,15'",
                    message="could not convert string to float: '3,15'") == []


TESTS = '''
    from cards.rows import parse_total


    def test_parse_total() -> None:
        assert parse_total("42.10") == 42.10
'''


def test_a_statement_with_grouped_thousands_is_read(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"cards/__init__.py": "", "cards/rows.py": STATEMENT,
                   "tests/test_rows.py": TESTS},
        'from cards.rows import parse_total\nparse_total("3,150.00")',
        'from cards.rows import parse_total\n'
        'assert parse_total("-12,000.50") == -12000.50\nassert parse_total("7.99") == 7.99')
    assert data is not None and data["status"] == "fixed"
    assert 'float(text.replace(",", ""))' in data["patch"]

"""The module's thousands-separator constant is dropped before its decimal mark is read,
when the captured amount groups digits with it; nothing for an amount grouped otherwise,
a constant the parser already uses, or a module without one."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

from bugstack.repair.candidates.thousands_constants import ThousandsConstantDropped
from tests.repair.crash_sites import crash_at

SUMMARY = '''
    from decimal import Decimal

    THOUSANDS_SEPARATOR = "."
    DECIMAL_SEPARATOR = ","


    def parse_amount(text: str) -> Decimal:
        return Decimal(text.strip().replace(DECIMAL_SEPARATOR, "."))
'''

LINE = "return Decimal("


def _edits(tmp_path: Path, source: str = SUMMARY, amount: str = "'2.450,00'") -> list[str]:
    site, analysis = crash_at(tmp_path, {"s.py": source}, "s.py", LINE, "InvalidOperation",
                              "[<class 'decimal.ConversionSyntax'>]", {"text": amount})
    return [c.edits["s.py"] for c in ThousandsConstantDropped().propose(site, analysis)]


def test_the_grouping_point_is_dropped_before_the_decimal_comma(tmp_path: Path) -> None:
    edits = _edits(tmp_path)
    assert edits == [textwrap.dedent(SUMMARY).lstrip("\n").replace(
        'text.strip().replace(DECIMAL_SEPARATOR, ".")',
        'text.strip().replace(THOUSANDS_SEPARATOR, "").replace(DECIMAL_SEPARATOR, ".")')]
    namespace: dict[str, object] = {}
    exec(edits[0], namespace)
    assert namespace["parse_amount"]("-1.234,56") == Decimal("-1234.56")  # type: ignore[operator]


def test_other_groupings_used_constants_or_none_get_nothing(tmp_path: Path) -> None:
    assert _edits(tmp_path / "grouped", amount="'2.45,00'") == []
    used = SUMMARY.replace('text.strip()', 'text.strip(THOUSANDS_SEPARATOR)')
    assert _edits(tmp_path / "used", used) == []
    none = SUMMARY.replace('THOUSANDS_SEPARATOR = "."', 'SEPARATORS = ""')
    assert _edits(tmp_path / "none", none) == []

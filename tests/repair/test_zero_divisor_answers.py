"""A quotient whose docstring answers the divisor's empty case with a value of its own
(100.0, ``math.inf``): the guard returns that value; nothing when the sentence is about
another value, names several, refuses, or gives a value of another type."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.zero_divisor_answers import DocumentedZeroDivisorAnswer
from tests.repair.crash_sites import crash_at

REPORT = '''
    import math


    def percent(covered: int, statements: int) -> float:
        """Percentage covered. Code with no statements at all counts as fully covered
        (100.0): nothing in it is left untested."""
        return round(100 * covered / statements, 1)


    def cover(on_hand: int, sold_in_window: int) -> float:
        """An item that did not sell in the window never runs out: its cover is
        ``math.inf``."""
        daily_rate = sold_in_window / 28
        return on_hand / daily_rate
'''


def _propose(tmp_path: Path, source: str = REPORT, needle: str = "return round(100"
             ) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"gate/__init__.py": "", "gate/report.py": source},
                              "gate/report.py", needle, "ZeroDivisionError", "division by zero",
                              {"covered": "0", "statements": "0"})
    return list(DocumentedZeroDivisorAnswer().propose(site, analysis))


def test_a_number_in_brackets_is_the_documented_answer(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["gate/report.py"] for c in found] == [
        textwrap.dedent(REPORT).lstrip("\n").replace(
            "    return round(100 * covered / statements, 1)\n",
            "    if not statements:\n        return 100.0\n"
            "    return round(100 * covered / statements, 1)\n")]


def test_a_quoted_value_for_a_divisor_computed_from_the_named_data(tmp_path: Path) -> None:
    found = _propose(tmp_path, needle="return on_hand / daily_rate")
    assert [c.edits["gate/report.py"].count("    if not daily_rate:\n        return math.inf\n")
            for c in found] == [1]


@pytest.mark.parametrize("change", [
    # About another value than the divisor.
    ("Code with no statements at all counts as fully covered", "A branch never taken counts"),
    # Two values: the docstring does not decide.
    ("(100.0)", "(100.0), or (0.0) on the old dashboard"),
    # A refusal.
    ("counts as fully covered\n        (100.0)",
     "must raise an error, not read as\n        (100.0)"),
    # A value of another type than the annotation.
    ("(100.0)", "(``None``)"),
])
def test_nothing_else_is_an_answer(tmp_path: Path, change: tuple[str, str]) -> None:
    assert _propose(tmp_path, REPORT.replace(*change)) == []

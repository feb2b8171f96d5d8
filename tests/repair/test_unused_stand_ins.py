"""A None field whose documented stand-in the function prepares and never reads: the
stand-in takes its place; nothing when the name is read elsewhere, the sentence is about
another field, or it refuses."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unused_stand_ins import UnusedStandIn
from tests.repair.crash_sites import crash_at

FINES = '''
    from datetime import date


    def days_overdue(loan, today: date | None = None) -> int:
        """Days past ``due_on``; never negative.

        A book still on loan (``returned_at`` is None) keeps accruing: its days are
        counted up to ``today``.
        """
        today = today or date(2024, 6, 1)
        returned_on = loan.returned_at.date()
        return max((returned_on - loan.due_on).days, 0)
'''


def _propose(tmp_path: Path, source: str = FINES) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"lib/__init__.py": "", "lib/fines.py": source},
                              "lib/fines.py", "returned_on = loan.returned_at", "AttributeError",
                              "'NoneType' object has no attribute 'date'", {"loan": "<Loan>"})
    return list(UnusedStandIn().propose(site, analysis))


def test_the_unread_stand_in_takes_the_none_s_place(tmp_path: Path) -> None:
    # One line would be wider than any line of the file: the branch is written out.
    found = _propose(tmp_path)
    assert [c.edits["lib/fines.py"] for c in found] == [
        textwrap.dedent(FINES).lstrip("\n").replace(
            "    returned_on = loan.returned_at.date()\n",
            "    if loan.returned_at is None:\n        returned_on = today\n"
            "    else:\n        returned_on = loan.returned_at.date()\n")]


def test_a_short_enough_stand_in_stays_on_one_line(tmp_path: Path) -> None:
    wide = FINES.replace("never negative.", "never negative, whatever the branch's local "
                         "time zone says about it.")
    found = _propose(tmp_path, wide)
    assert [c.edits["lib/fines.py"].count(
        "returned_on = today if loan.returned_at is None else loan.returned_at.date()\n")
        for c in found] == [1]


@pytest.mark.parametrize("change", [
    # The stand-in is read: it is doing other work.
    ("return max((returned_on - loan.due_on).days, 0)",
     "return max((returned_on - loan.due_on).days, 0) + (today.day * 0)"),
    # The sentence is about another field.
    ("(``returned_at`` is None)", "(``renewed_at`` is None)"),
    # A refusal.
    ("keeps accruing: its days are\n        counted up to ``today``.",
     "must not be fined: its days are\n        never counted up to ``today``."),
])
def test_nothing_else_backs_it(tmp_path: Path, change: tuple[str, str]) -> None:
    changed = FINES.replace(*change)
    assert changed != FINES
    assert _propose(tmp_path, changed) == []

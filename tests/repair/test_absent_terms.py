"""A None that marks "has never happened" and drops out of the ``max()`` it feeds."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.absent_terms import AbsentTermOfMax
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

DONORS = '''
    from dataclasses import dataclass
    from datetime import date, timedelta

    MIN_GAP = timedelta(weeks=12)


    @dataclass(frozen=True)
    class Donor:
        name: str
        #: The day of the latest donation; None for a new donor who has not given yet.
        last_donation: date | None


    def next_eligible(donor: Donor, today: date) -> date:
        """The first day the donor can book: twelve weeks after the last donation, and
        never earlier than today. A donor who has never given can book straight away."""
        earliest = donor.last_donation + MIN_GAP
        return max(earliest, today)


    def last_seen(donor: Donor) -> str:
        return donor.last_donation.isoformat()
'''
MESSAGE = "unsupported operand type(s) for +: 'NoneType' and 'datetime.timedelta'"
VALUES = {"donor": "Donor(name='Mia', last_donation=None)",
          "today": "datetime.date(2025, 7, 4)"}


def _propose(tmp_path: Path, source: str = DONORS) -> list[object]:
    site, analysis = crash_at(tmp_path, {"clinic/donors.py": source}, "clinic/donors.py",
                              "earliest = donor.last_donation", "TypeError", MESSAGE, VALUES)
    return list(AbsentTermOfMax().propose(site, analysis))


def test_a_donor_who_never_gave_can_book_today(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(DONORS).lstrip("\n")
    after = before.replace(
        "    earliest = donor.last_donation + MIN_GAP\n",
        "    if donor.last_donation is None:\n        return today\n"
        "    earliest = donor.last_donation + MIN_GAP\n")
    assert after != before
    assert candidate.edits == {"clinic/donors.py": after}  # type: ignore[attr-defined]
    # The other reader of the field is left alone.
    assert "return donor.last_donation.isoformat()" in after


def test_the_floor_may_come_first_in_the_max(tmp_path: Path) -> None:
    source = DONORS.replace("max(earliest, today)", "max(today, earliest)")
    [candidate] = _propose(tmp_path, source)
    assert "        return today\n" in candidate.edits["clinic/donors.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # The docstring holds the new donor back.
    ("A donor who has never given can book straight away.",
     "A donor who has never given cannot book straight away."),
    ("A donor who has never given can book straight away.",
     "A donor who has never given must first see a nurse."),
    # The sentence speaks of another case than the field's None.
    ("A donor who has never given can book straight away.",
     "A new member can join straight away."),
    # No sentence lets the case go ahead.
    ("A donor who has never given can book straight away.", ""),
    # None means something else than "not yet".
    ("None for a new donor who has not given yet.", "None when the record is unknown."),
    # min() is a ceiling: the missing term is no floor to drop.
    ("max(earliest, today)", "min(earliest, today)"),
    # The sum is read again after the max.
    ("return max(earliest, today)", "chosen = max(earliest, today)\n"
     "        return chosen if chosen > earliest else earliest"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = DONORS.replace(old, new)
    assert source != DONORS
    assert _propose(tmp_path, source) == []


def test_a_max_that_is_shadowed_gets_nothing(tmp_path: Path) -> None:
    source = DONORS.replace("MIN_GAP = timedelta(weeks=12)",
                            "MIN_GAP = timedelta(weeks=12)\n    from heapq import nlargest as max")
    assert _propose(tmp_path, source) == []


def test_end_to_end_the_first_time_donor_books_today(tmp_path: Path) -> None:
    tests = '''
        from datetime import date

        from clinic.donors import Donor, next_eligible


        def test_regular_donor_waits() -> None:
            donor = Donor("Tom", date(2025, 1, 6))
            assert next_eligible(donor, date(2025, 2, 1)) == date(2025, 3, 31)
    '''
    imports = "from datetime import date\nfrom clinic.donors import Donor, next_eligible\n"
    call = "next_eligible(Donor('Mia', None), date(2025, 7, 4))"
    data = fix_and_check(tmp_path, app_files("clinic", "donors", DONORS, tests),
                         imports + call, imports + f"assert {call} == date(2025, 7, 4)\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "absent-term-of-max"

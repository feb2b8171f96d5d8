"""A method whose docstring answers a None field's case with another field of the object."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.field_answers import FieldAnswersTheNoneCase
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

SCRIPTS = '''
    from dataclasses import dataclass
    from datetime import date, timedelta


    @dataclass
    class Prescription:
        patient: str
        written_on: date
        days_supply: int
        last_collected: date | None = None

        def refill_due(self) -> date:
            """The day the next supply should be collected: the day the last one runs
            out. A prescription not collected yet is due from the day it was written."""
            return self.last_collected + timedelta(days=self.days_supply)

        def label(self) -> str:
            return f"{self.patient}: {self.last_collected.isoformat()}"
'''
DJANGO = '''
    from datetime import date, timedelta

    from django.db import models


    class Prescription(models.Model):
        written_on = models.DateField()
        days_supply = models.PositiveIntegerField(default=28)
        last_collected = models.DateField(null=True, blank=True)

        def refill_due(self) -> date:
            """A prescription not collected yet is due from the day it was written."""
            return self.last_collected + timedelta(days=self.days_supply)
'''
MESSAGE = "unsupported operand type(s) for +: 'NoneType' and 'datetime.timedelta'"


def _propose(tmp_path: Path, source: str = SCRIPTS) -> list[object]:
    site, analysis = crash_at(tmp_path, {"pharmacy/scripts.py": source}, "pharmacy/scripts.py",
                              "return self.last_collected +", "TypeError", MESSAGE,
                              {"self": "<Prescription: 1>"})
    return list(FieldAnswersTheNoneCase().propose(site, analysis))


def test_the_day_it_was_written_answers_a_prescription_never_collected(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(SCRIPTS).lstrip("\n")
    after = before.replace(
        "        return self.last_collected + timedelta",
        "        if self.last_collected is None:\n            return self.written_on\n"
        "        return self.last_collected + timedelta")
    assert after != before
    # The other method reading the field is left alone.
    assert candidate.edits == {"pharmacy/scripts.py": after}  # type: ignore[attr-defined]


def test_a_django_field_declared_null(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path, DJANGO)
    assert "            return self.written_on\n" in \
        candidate.edits["pharmacy/scripts.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # The sentence makes the field count from the other day, not the answer itself.
    ("is due from the day it was written", "counts from the day it was written"),
    # It speaks of another case than the field's absence.
    ("A prescription not collected yet", "A prescription written abroad"),
    # It refuses the case.
    ("is due from the day it was written.",
     "is due from the day it was written; a missing collection raises an error."),
    # The other field is not a day.
    ("written_on: date", "written_on: str"),
    # The field named may itself be None.
    ("written_on: date", "written_on: date | None"),
    # The None field is not declared to admit None.
    ("last_collected: date | None = None", "last_collected: date = date.min"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = SCRIPTS.replace(old, new)
    assert source != SCRIPTS
    assert _propose(tmp_path, source) == []


def test_end_to_end_a_new_prescription_is_due_the_day_it_was_written(tmp_path: Path) -> None:
    tests = '''
        from datetime import date

        from pharmacy.scripts import Prescription


        def test_due_after_the_supply_runs_out() -> None:
            script = Prescription("Ann", date(2025, 1, 2), 28, date(2025, 1, 10))
            assert script.refill_due() == date(2025, 2, 7)
    '''
    imports = "from datetime import date\nfrom pharmacy.scripts import Prescription\n"
    call = "Prescription('Bo', date(2025, 3, 1), 28).refill_due()"
    data = fix_and_check(tmp_path, app_files("pharmacy", "scripts", SCRIPTS, tests),
                         imports + call, imports + f"assert {call} == date(2025, 3, 1)\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "field-answers-none-case"

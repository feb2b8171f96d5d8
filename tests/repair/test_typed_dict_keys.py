"""A key a TypedDict renamed, still read by its old name."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.typed_dict_keys import TypedDictKeyRenamed
from tests.repair.crash_sites import crash_at

TIMESHEETS = '''
    from decimal import Decimal
    from typing import TypedDict


    class TimesheetEntry(TypedDict):
        employee: str
        regular_hours: Decimal
        # 2.0: was "overtime"; renamed to line up with "regular_hours".
        overtime_hours: Decimal
'''

PAYSLIP = '''
    from decimal import Decimal

    from payroll.timesheets import TimesheetEntry


    def gross_pay(rate: Decimal, entries: list[TimesheetEntry]) -> Decimal:
        regular = sum((entry["regular_hours"] for entry in entries), Decimal(0))
        overtime = sum((entry["overtime"] for entry in entries), Decimal(0))
        return regular * rate + overtime * rate * Decimal("1.5")
'''

ENTRY = {"employee": "'e1'", "regular_hours": "Decimal('38')", "overtime_hours": "Decimal('4')"}


def _proposed(root: Path, timesheets: str = TIMESHEETS, payslip: str = PAYSLIP,
              entry: dict[str, str] | None = None) -> list[str]:
    files = {"payroll/__init__.py": "", "payroll/timesheets.py": timesheets,
             "payroll/payslip.py": payslip}
    site, analysis = crash_at(root, files, "payroll/payslip.py", 'entry["overtime"]',
                              "KeyError", "'overtime'", {"entry": entry or ENTRY})
    return [c.edits["payroll/payslip.py"]
            for c in TypedDictKeyRenamed().propose(site, analysis)]


def test_the_read_uses_the_declared_key(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path)
    changed = [line.strip() for line in after.splitlines()
               if line.strip() not in PAYSLIP.replace("    ", "")]
    assert changed == ['overtime = sum((entry["overtime_hours"] for entry in entries), '
                       'Decimal(0))']


def test_two_keys_extending_the_name_or_a_declared_key_back_nothing(tmp_path: Path) -> None:
    two = TIMESHEETS + "        overtime_rate: Decimal\n"
    assert _proposed(tmp_path / "two", timesheets=two) == []
    declared = TIMESHEETS + "        overtime: Decimal\n"
    assert _proposed(tmp_path / "declared", timesheets=declared) == []


def test_an_untyped_record_or_a_plain_class_is_left_alone(tmp_path: Path) -> None:
    untyped = PAYSLIP.replace("entries: list[TimesheetEntry]", "entries: list[dict]")
    assert _proposed(tmp_path / "untyped", payslip=untyped) == []
    plain = TIMESHEETS.replace("(TypedDict)", "")
    assert _proposed(tmp_path / "plain", timesheets=plain) == []


def test_a_captured_record_without_the_declared_key_backs_nothing(tmp_path: Path) -> None:
    stale = {"employee": "'e1'", "regular_hours": "Decimal('38')"}
    assert _proposed(tmp_path, entry=stale) == []


def test_a_key_merely_extending_the_name_backs_nothing(tmp_path: Path) -> None:
    # Adversarial review: `no_newsletter` extends `newsletter`, `price_cents` extends
    # `price`: a name alone cannot tell a rename from a negation or another unit.
    undocumented = TIMESHEETS.replace(
        '        # 2.0: was "overtime"; renamed to line up with "regular_hours".\n', "")
    assert _proposed(tmp_path, timesheets=undocumented) == []

"""month_ends under review: "last day" in a docstring that rolls a missing day over into
the next month (as the bank books it) is no contract to clamp to the month's end; the
engine must not clamp."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_month_ends import DATES, TESTS

ROLLING = DATES.replace(
    "An invoice due on a day the target month does not have falls on that month's last\n"
    "        day: 31 January is followed by 28 February.",
    "An invoice due on a day the target month does not have rolls over past its last\n"
    "        day, as the bank books it: 31 January is followed by 3 March.")

CHECK = ("from datetime import date\nfrom bills.dates import next_invoice\n"
         "assert next_invoice(date(2026, 1, 31), 1) != date(2026, 2, 28)")


def test_a_day_documented_to_roll_over_is_not_clamped(tmp_path: Path) -> None:
    assert ROLLING != DATES
    trigger = ("from datetime import date\nfrom bills.dates import next_invoice\n"
               "next_invoice(date(2026, 1, 31), 1)")
    data = fix_and_check(tmp_path, {"bills/__init__.py": "", "bills/dates.py": ROLLING,
                                    "tests/test_dates.py": TESTS}, trigger, CHECK)
    assert data is not None
    assert "calendar.monthrange" not in (data.get("patch") or "")

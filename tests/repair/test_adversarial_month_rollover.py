"""month_rollover under review: a month that is not the next one (two months on) is left
alone; ``% 12`` arithmetic is not claimed for it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

REMINDERS = '''
    """Reminders for quarterly filings."""

    from __future__ import annotations

    from datetime import date


    def reminder(due: date) -> date:
        """The first of the month two months after ``due``."""
        month = due.month + 2
        return due.replace(month=month, day=1)
'''

REMINDERS_TESTS = '''
    from datetime import date

    from filings.reminders import reminder


    def test_reminder() -> None:
        assert reminder(date(2026, 3, 15)) == date(2026, 5, 1)
'''


def test_two_months_on_is_not_rolled_as_one(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, {"filings/__init__.py": "", "filings/reminders.py": REMINDERS,
                   "tests/__init__.py": "", "tests/test_reminders.py": REMINDERS_TESTS},
        "from datetime import date\nfrom filings.reminders import reminder\n"
        "reminder(date(2026, 11, 15))",
        "from datetime import date\nfrom filings.reminders import reminder\n"
        "assert reminder(date(2026, 11, 15)) == date(2027, 1, 1)\n"
        "assert reminder(date(2026, 12, 15)) == date(2027, 2, 1)\n")

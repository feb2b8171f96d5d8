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


# month_rollover under review: a later read of the year may mean the year the month was
# taken from, and a month counted from 0 is no calendar month.

RENEWALS = '''
    """Renewals of monthly plans."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Renewal:
        booked_year: int
        renews_on: date


    def renewal(paid_on: date) -> Renewal:
        """The renewal of a monthly plan paid on ``paid_on``: it renews on the first of
        the next month, and the payment is booked in the year it was paid."""
        month = paid_on.month + 1
        return Renewal(booked_year=paid_on.year, renews_on=paid_on.replace(month=month, day=1))
'''


RENEWALS_TESTS = '''
    from datetime import date

    from plans.renewals import Renewal, renewal


    def test_renewal() -> None:
        assert renewal(date(2026, 3, 15)) == Renewal(2026, date(2026, 4, 1))
'''


def test_the_year_a_payment_is_booked_in_does_not_move_with_the_renewal(
        tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, {"plans/__init__.py": "", "plans/renewals.py": RENEWALS,
                   "tests/__init__.py": "", "tests/test_renewals.py": RENEWALS_TESTS},
        "from datetime import date\nfrom plans.renewals import renewal\n"
        "renewal(date(2026, 12, 15))",
        "from datetime import date\nfrom plans.renewals import Renewal, renewal\n"
        "got = renewal(date(2026, 12, 15))\n"
        "assert got == Renewal(2026, date(2027, 1, 1)), got\n")


PICKER = '''
    """Dates posted by the browser's date picker."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Picked:
        """A date as the picker posts it: ``month`` counts from 0 (January is 0), as
        JavaScript's ``getMonth()`` does; 0..11 are the only months there are."""

        year: int
        month: int
        day: int


    def picked_date(picked: Picked) -> date:
        month = picked.month + 1
        return date(picked.year, month, picked.day)
'''


PICKER_TESTS = '''
    from datetime import date

    from forms.picker import Picked, picked_date


    def test_picked_date() -> None:
        assert picked_date(Picked(2026, 0, 31)) == date(2026, 1, 31)
        assert picked_date(Picked(2026, 11, 24)) == date(2026, 12, 24)
'''


def test_a_month_counted_from_zero_past_eleven_is_no_january(tmp_path: Path) -> None:
    # month 12 counted from 0 is out of range: the picker never posts it, and a post with
    # it is forged or broken; rolling it into next January books a date nobody picked.
    fix_and_check(
        tmp_path, {"forms/__init__.py": "", "forms/picker.py": PICKER,
                   "tests/__init__.py": "", "tests/test_picker.py": PICKER_TESTS},
        "from forms.picker import Picked, picked_date\npicked_date(Picked(2026, 12, 1))",
        "from forms.picker import Picked, picked_date\n"
        "try:\n    got = picked_date(Picked(2026, 12, 1))\nexcept ValueError:\n    pass\n"
        "else:\n    raise AssertionError(f'month 12 of a 0-based picker read as {got}')\n")


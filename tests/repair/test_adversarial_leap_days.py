"""leap_days under review: a rule the documentation negates ("not moved to 28 February")
is no rule to follow."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

NOT_MOVED = '''
    """Birthday lists."""

    from datetime import date
    from typing import Any


    def birthdays(members: list[dict[str, Any]], year: int) -> list[tuple[str, date]]:
        """Each member's birthday in ``year``. A member born on 29 February has no birthday
        in a common year: it is not moved to 28 February, and the member is left out of
        that year's list."""
        return [(m["name"], m["born"].replace(year=year)) for m in members]
'''

BIRTHDAY_TESTS = '''
    from datetime import date

    from club.birthdays import birthdays


    def test_birthdays() -> None:
        assert birthdays([{"name": "Ann", "born": date(1990, 5, 1)}], 2021) == [
            ("Ann", date(2021, 5, 1))]
'''


def test_a_rule_the_documentation_negates_is_not_followed(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"club/__init__.py": "", "club/birthdays.py": NOT_MOVED,
                   "tests/__init__.py": "", "tests/test_birthdays.py": BIRTHDAY_TESTS},
        'from datetime import date\nfrom club.birthdays import birthdays\n'
        'birthdays([{"name": "Leo", "born": date(2000, 2, 29)}], 2023)',
        'from datetime import date\nfrom club.birthdays import birthdays\n'
        'try:\n    got = birthdays([{"name": "Leo", "born": date(2000, 2, 29)}], 2023)\n'
        'except ValueError:\n    got = []\n'
        'assert ("Leo", date(2023, 2, 28)) not in got, got\n')
    assert data is not None


# leap_days under review: only a rule the documentation states for this function, and
DAY_AFTER = '''
    """Membership renewals."""

    from datetime import date


    def renewal(joined: date, year: int) -> date:
        """The day in ``year`` a membership begun on ``joined`` renews. A membership begun
        on 29 February renews on the day after 28 February in a common year, as the
        statutes say."""
        return joined.replace(year=year)
'''

RENEWAL_TESTS = '''
    from datetime import date

    from club.renewals import renewal


    def test_renewal() -> None:
        assert renewal(date(2020, 1, 5), 2021) == date(2021, 1, 5)
'''


def test_the_day_after_28_february_is_1_march(tmp_path: Path) -> None:
    # "the day after 28 February" names 28 February but means 1 March.
    data = fix_and_check(
        tmp_path, {"club/__init__.py": "", "club/renewals.py": DAY_AFTER,
                   "tests/__init__.py": "", "tests/test_renewals.py": RENEWAL_TESTS},
        'from datetime import date\nfrom club.renewals import renewal\n'
        'renewal(date(2020, 2, 29), 2021)',
        'from datetime import date\nfrom club.renewals import renewal\n'
        'assert renewal(date(2020, 2, 29), 2021) == date(2021, 3, 1), '
        'renewal(date(2020, 2, 29), 2021)\n')
    assert data is not None


OTHER_FUNCTION = '''
    """Members and subscriptions. Birthdays of members born on 29 February are celebrated
    on 28 February in a common year."""

    from datetime import date


    def birthday(born: date, year: int) -> date:
        """The member's birthday in ``year``."""
        try:
            return born.replace(year=year)
        except ValueError:
            return born.replace(year=year, day=28)


    def renewal(started: date, year: int) -> date:
        """A subscription renews on the same day each year; when that day does not exist,
        the renewal falls on the first day of the following month."""
        return started.replace(year=year)
'''

OTHER_TESTS = '''
    from datetime import date

    from club.members import birthday, renewal


    def test_members() -> None:
        assert birthday(date(2000, 2, 29), 2021) == date(2021, 2, 28)
        assert renewal(date(2020, 1, 5), 2021) == date(2021, 1, 5)
'''


def test_the_module_rule_for_birthdays_does_not_decide_renewals(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"club/__init__.py": "", "club/members.py": OTHER_FUNCTION,
                   "tests/__init__.py": "", "tests/test_members.py": OTHER_TESTS},
        'from datetime import date\nfrom club.members import renewal\n'
        'renewal(date(2020, 2, 29), 2021)',
        'from datetime import date\nfrom club.members import renewal\n'
        'assert renewal(date(2020, 2, 29), 2021) == date(2021, 3, 1), '
        'renewal(date(2020, 2, 29), 2021)\n')
    assert data is not None

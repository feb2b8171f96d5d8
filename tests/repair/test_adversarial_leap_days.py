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


# leap_days, review 4: a rule stated for one date of the function is not applied to
TWO_DATES = '''
    """Paid leave. Work anniversaries of someone hired on 29 February fall on 1 March in a
    common year, as the collective agreement says."""

    from datetime import date
    from typing import Any


    def leave_days(employee: dict[str, Any], year: int) -> list[date]:
        """The days off ``employee`` is paid for in ``year``: their birthday (someone born on
        29 February takes 28 February in a common year) and their work anniversary."""
        return [employee["born"].replace(year=year), employee["hired"].replace(year=year)]
'''

TWO_DATES_TESTS = '''
    from datetime import date

    from hr.leave import leave_days


    def test_leave_days() -> None:
        ann = {"born": date(1990, 5, 1), "hired": date(2015, 9, 1)}
        assert leave_days(ann, 2021) == [date(2021, 5, 1), date(2021, 9, 1)]
'''


def test_the_birthday_rule_does_not_move_a_work_anniversary(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"hr/__init__.py": "", "hr/leave.py": TWO_DATES,
                   "tests/__init__.py": "", "tests/test_leave.py": TWO_DATES_TESTS},
        'from datetime import date\nfrom hr.leave import leave_days\n'
        'leave_days({"born": date(1990, 5, 1), "hired": date(2016, 2, 29)}, 2021)',
        'from datetime import date\nfrom hr.leave import leave_days\n'
        'try:\n'
        '    got = leave_days({"born": date(1990, 5, 1), "hired": date(2016, 2, 29)}, 2021)\n'
        'except ValueError:\n    got = None\n'
        'assert got is None or got[1] == date(2021, 3, 1), got\n')
    assert data is not None


RAISES = '''
    """Insurance renewals."""

    from datetime import date


    def renewal(started: date, year: int) -> date:
        """The day in ``year`` a policy started on ``started`` renews. A policy started on
        29 February cannot renew on its anniversary in a common year: that raises
        ValueError, and the broker agrees a day with the customer (usually 28 February)."""
        return started.replace(year=year)
'''

RAISES_TESTS = '''
    from datetime import date

    from cover.renewals import renewal


    def test_renewal() -> None:
        assert renewal(date(2020, 1, 5), 2021) == date(2021, 1, 5)
'''


def test_a_documented_raise_is_kept(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"cover/__init__.py": "", "cover/renewals.py": RAISES,
                   "tests/__init__.py": "", "tests/test_renewals.py": RAISES_TESTS},
        'from datetime import date\nfrom cover.renewals import renewal\n'
        'renewal(date(2020, 2, 29), 2021)',
        'from datetime import date\nfrom cover.renewals import renewal\n'
        'try:\n    got = renewal(date(2020, 2, 29), 2021)\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError(f"the documented ValueError became {got}")\n')
    assert data is not None

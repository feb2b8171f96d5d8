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

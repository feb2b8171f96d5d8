"""29 February moved into a common year follows the documented stand-in day; nothing when
the documentation names no rule, or names two."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from bugstack.repair.candidates.leap_days import LeapDayInCommonYear
from tests.repair.crash_sites import crash_at

BIRTHDAYS = '''
    from datetime import date


    def next_birthday(born: date, today: date) -> date:
        """The next birthday. People born on 29 February celebrate on 28 February in common
        years."""
        candidate = born.replace(year=today.year)
        if candidate < today:
            candidate = born.replace(year=today.year + 1)
        return candidate
'''

HELPER = '''

def _in_year(day: date, year: int) -> date:
    """``day`` in ``year``; 29 February is {said} in a common year."""
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return day.replace(year=year, {keywords})
'''


def _edits(tmp_path: Path, source: str = BIRTHDAYS) -> list[str]:
    site, analysis = crash_at(tmp_path, {"b.py": source}, "b.py", "born.replace(year=today.year)",
                              "ValueError", "day is out of range for month")
    return [c.edits["b.py"] for c in LeapDayInCommonYear().propose(site, analysis)]


def test_every_year_replace_goes_through_the_documented_rule(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(BIRTHDAYS).lstrip("\n").replace(
        "born.replace(year=today.year)", "_in_year(born, today.year)").replace(
        "born.replace(year=today.year + 1)", "_in_year(born, today.year + 1)") + HELPER.format(
        said="28 February", keywords="day=28")
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    next_birthday = namespace["next_birthday"]
    assert next_birthday(date(2000, 2, 29), date(2026, 2, 1)) == date(2026, 2, 28)  # type: ignore[operator]
    assert next_birthday(date(2000, 2, 29), date(2027, 3, 1)) == date(2028, 2, 29)  # type: ignore[operator]
    assert next_birthday(date(2000, 5, 4), date(2026, 2, 1)) == date(2026, 5, 4)  # type: ignore[operator]


def test_march_the_first_when_documented(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path, BIRTHDAYS.replace("28 February", "1 March"))
    assert "return day.replace(year=year, month=3, day=1)" in edit


def test_no_rule_or_two_rules_get_nothing(tmp_path: Path) -> None:
    silent = BIRTHDAYS.replace(" People born on 29 February celebrate on 28 February in "
                               "common\n        years.", "")
    assert _edits(tmp_path / "silent", silent) == []
    both = BIRTHDAYS.replace("on 28 February", "on 28 February (payroll: 1 March)")
    assert _edits(tmp_path / "both", both) == []

"""A table of numbered things read with the number itself, where the project's accessor
reads it one place lower."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.one_based_accessors import OneBasedAccessor
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

PERIODS = '''
    """The school day's bells. PERIOD_TIMES[0] holds period 1."""

    PERIOD_TIMES = [("08:50", "09:45"), ("09:45", "10:40"), ("11:00", "11:55")]


    def bell_times(period: int) -> tuple[str, str]:
        """Start and end of ``period``."""
        return PERIOD_TIMES[period - 1]
'''
DAY = '''
    from school.periods import PERIOD_TIMES, bell_times


    def day(lessons: list[tuple[int, str]]) -> list[dict[str, str]]:
        rows = []
        for period, subject in lessons:
            start, end = PERIOD_TIMES[period]
            rows.append({"subject": subject, "start": start, "end": end})
        return rows


    def first_bell() -> str:
        return bell_times(1)[0]
'''


def _propose(tmp_path: Path, periods: str = PERIODS, day: str = DAY) -> list[object]:
    files = {"school/__init__.py": "", "school/periods.py": periods, "school/day.py": day}
    site, analysis = crash_at(tmp_path, files, "school/day.py", "PERIOD_TIMES[period]",
                              "IndexError", "list index out of range", {"period": "3"})
    return list(OneBasedAccessor().propose(site, analysis))


def test_the_table_is_read_through_the_accessor(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(DAY).lstrip("\n")
    after = before.replace("start, end = PERIOD_TIMES[period]",
                           "start, end = bell_times(period)")
    assert after != before
    assert candidate.edits == {"school/day.py": after}  # type: ignore[attr-defined]


def test_the_accessors_own_docstring_may_say_it(tmp_path: Path) -> None:
    periods = PERIODS.replace(" PERIOD_TIMES[0] holds period 1.", "").replace(
        "Start and end of ``period``.", "Start and end of ``period`` (1 to len(PERIOD_TIMES)).")
    assert periods != PERIODS
    [candidate] = _propose(tmp_path, periods)
    assert "bell_times(period)" in candidate.edits["school/day.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("where", "old", "new"), [
    # Nothing says the numbering starts at 1.
    ("periods", " PERIOD_TIMES[0] holds period 1.", ""),
    # The accessor does more than read one place lower.
    ("periods", "return PERIOD_TIMES[period - 1]",
     "return PERIOD_TIMES[min(period, 3) - 1]"),
    ("periods", "return PERIOD_TIMES[period - 1]", "return PERIOD_TIMES[period + 1]"),
    # The accessor's parameter is another kind of number than the index.
    ("periods", "def bell_times(period: int)", "def bell_times(slot: int)"),
    # The crashed module cannot call it by name.
    ("day", "from school.periods import PERIOD_TIMES, bell_times",
     "from school.periods import PERIOD_TIMES"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, where: str, old: str,
                                                       new: str) -> None:
    periods = PERIODS.replace(old, new) if where == "periods" else PERIODS
    day = DAY.replace(old, new).replace("bell_times(1)[0]", "'08:50'") if where == "day" \
        else DAY
    assert (periods, day) != (PERIODS, DAY)
    if "slot" in new:
        periods = periods.replace("[period - 1]", "[slot - 1]")
    assert _propose(tmp_path, periods, day) == []


def test_end_to_end_the_last_period_has_its_own_times(tmp_path: Path) -> None:
    tests = '''
        from school.day import first_bell


        def test_first_bell() -> None:
            assert first_bell() == "08:50"
    '''
    files = {"school/__init__.py": "", "school/periods.py": PERIODS, "school/day.py": DAY,
             "tests/__init__.py": "", "tests/test_day.py": tests}
    imports = "from school.day import day\n"
    data = fix_and_check(tmp_path, files, imports + "day([(1, 'Maths'), (3, 'Art')])",
                         imports + "assert day([(1, 'Maths'), (3, 'Art')]) == ["
                         "{'subject': 'Maths', 'start': '08:50', 'end': '09:45'}, "
                         "{'subject': 'Art', 'start': '11:00', 'end': '11:55'}]\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "one-based-accessor"

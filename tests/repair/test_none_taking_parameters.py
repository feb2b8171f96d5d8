"""item-for-none-taking-parameter: the end item of an empty sequence becomes None when
it only goes to a function that takes None and answers it; nothing otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.none_taking_parameters import (
    ItemForNoneTakingParameter,
    none_answers_taken,
)
from tests.repair.crash_sites import crash_at

REPORT = '''
    from datetime import date

    NEVER = "never"


    def last_done_label(day: date | None, today: date) -> str:
        """The last-done column, or NEVER for None."""
        if day is None:
            return NEVER
        return f"{(today - day).days} days ago"


    def report_line(habit, today: date) -> str:
        last = habit.done[-1]
        return f"{habit.name} last {last_done_label(last, today)}"


    def unrelated(items: list[int]) -> int:
        return items[0]
'''

LINE = "last = habit.done[-1]"


def _propose(tmp_path: Path, source: str = REPORT) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"habits/report.py": source}, "habits/report.py",
                              LINE, "IndexError", "list index out of range",
                              {"habit": "Habit(name='Read', done=[])"})
    return list(ItemForNoneTakingParameter().propose(site, analysis))


def test_the_item_becomes_none_for_the_function_that_answers_it(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(REPORT).lstrip("\n")
    assert found[0].edits["habits/report.py"] == before.replace(
        LINE, "last = habit.done[-1] if habit.done else None")
    assert "return items[0]" in found[0].edits["habits/report.py"]  # untouched
    assert found[0].contract == ("`last_done_label(day: date | None)` takes None and "
                                 "answers it (`day is None`)")


def test_a_parameter_that_does_not_allow_none_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, REPORT.replace("day: date | None", "day: date")) == []


def test_a_function_that_never_tests_for_none_backs_nothing(tmp_path: Path) -> None:
    source = REPORT.replace("        if day is None:\n            return NEVER\n", "")
    assert _propose(tmp_path, source) == []


def test_another_read_of_the_item_backs_nothing(tmp_path: Path) -> None:
    source = REPORT.replace('last {last_done_label(last, today)}"',
                            'last {last_done_label(last, today)} {last.isoformat()}"')
    assert _propose(tmp_path, source) == []


def test_a_docstring_that_refuses_the_case_backs_nothing(tmp_path: Path) -> None:
    source = REPORT.replace(
        '    def report_line(habit, today: date) -> str:\n',
        '    def report_line(habit, today: date) -> str:\n'
        '        """Raises ValueError for a habit with no check-in."""\n')
    assert _propose(tmp_path, source) == []


ECONOMY = '''
    NOT_MEASURED = "n/a"


    def litres_per_100km(distance: int, litres: float) -> float | None:
        return round(litres / distance * 100, 1)


    def format_line(vehicle: str, economy: float | None) -> str:
        shown = NOT_MEASURED if economy is None else f"{economy:.1f}"
        return f"{vehicle} {shown}"


    def report(rows: list[tuple[str, int, float]]) -> list[str]:
        return [format_line(v, litres_per_100km(d, l)) for v, d, l in rows]
'''

GUARDED = "    if not distance:\n        return None\n"


def _taken(tmp_path: Path, source: str = ECONOMY, guard: str = GUARDED) -> Candidate:
    _, analysis = crash_at(tmp_path, {"fleet/economy.py": source}, "fleet/economy.py",
                              "return round(litres / distance", "ZeroDivisionError",
                              "division by zero", {"distance": "0", "litres": "40.0"})
    before = textwrap.dedent(source).lstrip("\n")
    after = before.replace("    return round(litres", guard + "    return round(litres")
    guess = Candidate(strategy="empty-guard", description="returns None",
                      edits={"fleet/economy.py": after}, originals={"fleet/economy.py": before},
                      plausibility=0.3)
    return none_answers_taken([guess], analysis)[0]


def test_a_none_answer_every_caller_hands_to_a_none_taker_is_backed(tmp_path: Path) -> None:
    taken = _taken(tmp_path)
    assert taken.contract == ("its callers hand the None on: `format_line(economy: float | "
                              "None)` takes None and answers it (`economy is None`)")
    assert taken.plausibility == 0.7


def test_a_caller_that_uses_the_answer_otherwise_backs_nothing(tmp_path: Path) -> None:
    source = ECONOMY + '''

    def best(rows: list[tuple[str, int, float]]) -> float:
        return min(litres_per_100km(d, l) for _, d, l in rows)
    '''
    assert _taken(tmp_path, source).contract is None


def test_another_answer_than_none_is_not_backed(tmp_path: Path) -> None:
    guard = "    if not distance:\n        return 0.0\n"
    assert _taken(tmp_path, guard=guard).contract is None

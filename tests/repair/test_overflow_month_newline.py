"""Three arithmetic-of-the-input templates: a capped power that overflows answers the cap,
the month after December is January of the next year, and the newline ending a text's
last line starts no empty line; each with the case it leaves alone."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from bugstack.repair.candidates.month_rollover import MonthRollsOverToJanuary
from bugstack.repair.candidates.overflow_caps import OverflowPastCap
from bugstack.repair.candidates.trailing_newline import TrailingNewlineEndsLastLine
from tests.repair.crash_sites import crash_at

BACKOFF = '''
    def retry_delay(attempt: int, base: float = 0.5, cap: float = 300.0) -> float:
        """``base``, doubling each retry, but never more than ``cap``."""
        return min(cap, base * 2 ** (attempt - 1))
'''

PERIODS = '''
    from calendar import monthrange
    from datetime import date


    def next_billing_date(current: date) -> date:
        month = current.month + 1
        day = min(current.day, monthrange(current.year, month)[1])
        return current.replace(month=month, day=day)
'''

LOAD = '''
    import json


    def read_records(text: str) -> list[dict]:
        return [json.loads(line) for line in text.split("\\n")]
'''


def _run(edited: str, name: str, *args: object) -> object:
    namespace: dict[str, object] = {}
    exec(edited, namespace)
    return namespace[name](*args)  # type: ignore[operator]


def test_an_overflowing_capped_power_answers_the_cap(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"b.py": BACKOFF}, "b.py", "return min(", "OverflowError",
                              "int too large to convert to float",
                              {"attempt": "1100", "base": "0.5"})
    edits = [c.edits["b.py"] for c in OverflowPastCap().propose(site, analysis)]
    assert len(edits) == 1
    assert _run(edits[0], "retry_delay", 1100) == 300.0 and _run(edits[0], "retry_delay", 2) == 1.0
    silent = BACKOFF.replace(", but never more than ``cap``", "")
    site, analysis = crash_at(tmp_path / "s", {"b.py": silent}, "b.py", "return min(",
                              "OverflowError", "int too large to convert to float", {})
    assert list(OverflowPastCap().propose(site, analysis)) == []


def test_december_rolls_over_into_january_of_the_next_year(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"p.py": PERIODS}, "p.py", "day = min(",
                              "IllegalMonthError", "bad month number 13; must be 1-12",
                              {"current": "datetime.date(2026, 12, 31)"})
    edits = [c.edits["p.py"] for c in MonthRollsOverToJanuary().propose(site, analysis)]
    assert len(edits) == 1
    assert _run(edits[0], "next_billing_date", date(2026, 12, 31)) == date(2027, 1, 31)
    assert _run(edits[0], "next_billing_date", date(2027, 1, 31)) == date(2027, 2, 28)
    taken = PERIODS.replace("day = min(current.day", "year = 0\n        day = min(current.day")
    site, analysis = crash_at(tmp_path / "t", {"p.py": taken}, "p.py", "day = min(",
                              "IllegalMonthError", "bad month number 13; must be 1-12", {})
    assert list(MonthRollsOverToJanuary().propose(site, analysis)) == []


def test_the_final_newline_ends_the_last_line(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"l.py": LOAD}, "l.py", "return [json.loads",
                              "JSONDecodeError", "Expecting value: line 1 column 1 (char 0)",
                              {"line": "''"})
    edits = [c.edits["l.py"] for c in TrailingNewlineEndsLastLine().propose(site, analysis)]
    assert edits == [textwrap.dedent(LOAD).lstrip("\n").replace(
        'text.split("\\n")', 'text.removesuffix("\\n").split("\\n")')]
    assert _run(edits[0], "read_records", '{"a": 1}\n{"a": 2}\n') == [{"a": 1}, {"a": 2}]
    site, analysis = crash_at(tmp_path / "x", {"l.py": LOAD}, "l.py", "return [json.loads",
                              "JSONDecodeError", "Expecting value: line 1 column 3 (char 2)",
                              {"line": "'{\"a\" 1}'"})
    assert list(TrailingNewlineEndsLastLine().propose(site, analysis)) == []

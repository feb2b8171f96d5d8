"""A ``mm:ss`` parser fed the ``h:mm:ss`` form its documentation also writes: the leading
hours are read as well; nothing when the documentation writes no such form, refuses, or
the fields are combined in another way."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.clock_fields import LeadingClockField
from tests.repair.crash_sites import crash_at

TIMING = '''
    def parse_duration(text: str) -> int:
        """Seconds in a time written ``mm:ss`` or ``h:mm:ss``."""
        minutes, seconds = text.strip().split(":")
        return int(minutes) * 60 + int(seconds)
'''


def _propose(tmp_path: Path, source: str = TIMING) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"club/__init__.py": "", "club/timing.py": source},
                              "club/timing.py", "minutes, seconds =", "ValueError",
                              "too many values to unpack (expected 2)", {"text": "'1:52:30'"})
    return list(LeadingClockField().propose(site, analysis))


def test_the_documented_leading_hours_are_read(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["club/timing.py"] for c in found] == [
        textwrap.dedent(TIMING).lstrip("\n").replace(
            '    minutes, seconds = text.strip().split(":")\n'
            "    return int(minutes) * 60 + int(seconds)\n",
            '    fields = text.strip().split(":")\n'
            '    hours, minutes, seconds = fields if len(fields) == 3 else ["0", *fields]\n'
            "    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)\n")]


@pytest.mark.parametrize("change", [
    # Only the short form is documented.
    ("``mm:ss`` or ``h:mm:ss``", "``mm:ss``"),
    # The longer form has another field in front than hours would be.
    ("``h:mm:ss``", "``mm:ss:ms``"),
    # A refusal.
    ("or ``h:mm:ss``.", "or ``h:mm:ss``; anything longer must be rejected."),
    # Combined otherwise than as sixty seconds a minute.
    ("int(minutes) * 60", "int(minutes) * 100"),
])
def test_nothing_else_backs_it(tmp_path: Path, change: tuple[str, str]) -> None:
    changed = TIMING.replace(*change)
    assert changed != TIMING
    assert _propose(tmp_path, changed) == []

"""Bouldering grades on the V scale, as the wall's problems are tagged.

The scale starts at VB ("basic": the beginners' circuit, easier than V0), then runs V0,
V1, ... V17. Grades are compared as numbers, VB being BEGINNER.
"""

from __future__ import annotations

#: VB as a number: one below V0.
BEGINNER = -1


def grade_number(grade: str) -> int:
    """'V4' -> 4; the logbook app's export may use lower case or stray spaces."""
    return int(grade.strip().upper().removeprefix("V"))


def grade_label(number: int) -> str:
    """The inverse of grade_number: 4 -> 'V4'."""
    return "VB" if number == BEGINNER else f"V{number}"

"""A parser that fails on the one text its documented inverse writes for a special value."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.inverse_cases import InverseSpecialCase
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

GRADES = '''
    BEGINNER = -1


    def grade_number(grade: str) -> int:
        return int(grade.strip().upper().removeprefix("V"))


    def grade_label(number: int) -> str:
        """The inverse of grade_number: 4 -> 'V4'."""
        return "VB" if number == BEGINNER else f"V{number}"
'''
MESSAGE = "invalid literal for int() with base 10: 'B'"


def _propose(tmp_path: Path, source: str = GRADES, grade: str = "' vb'") -> list[object]:
    site, analysis = crash_at(tmp_path, {"wall/grades.py": source}, "wall/grades.py",
                              "return int(grade", "ValueError", MESSAGE, {"grade": grade})
    return list(InverseSpecialCase().propose(site, analysis))


def test_the_inverses_special_text_reads_back_as_its_constant(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(GRADES).lstrip("\n")
    after = before.replace(
        "    return int(grade.strip()",
        '    if grade.strip().upper() == "VB":\n        return BEGINNER\n'
        "    return int(grade.strip()")
    assert after != before
    assert candidate.edits == {"wall/grades.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new", "grade"), [
    # Nothing says the other function is the inverse.
    ("The inverse of grade_number: 4 -> 'V4'.", "A grade's label: 4 -> 'V4'.", "'VB'"),
    # The inverse writes two special texts: which one the crash is, is not the question.
    ('"VB" if number == BEGINNER else f"V{number}"',
     '"VB" if number == BEGINNER else "VH" if number == HARDEST else f"V{number}"', "'VB'"),
    # The captured text is another one than the inverse writes.
    ("", "", "'V?'"),
    # The constant does not fit the parser's return type.
    ("BEGINNER = -1", "BEGINNER = 'basic'", "'VB'"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str, new: str,
                                                       grade: str) -> None:
    source = GRADES.replace(old, new) if old else GRADES
    assert _propose(tmp_path, source, grade) == []


def test_end_to_end_a_beginners_climb_counts(tmp_path: Path) -> None:
    tests = '''
        from wall.grades import grade_label, grade_number


        def test_round_trip() -> None:
            assert grade_label(grade_number("v4 ")) == "V4"
    '''
    imports = "from wall.grades import grade_number\n"
    data = fix_and_check(tmp_path, app_files("wall", "grades", GRADES, tests),
                         imports + "grade_number('VB')",
                         imports + "assert grade_number(' vb') == -1\n"
                         "assert grade_number('V3') == 3\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "inverse-special-case"

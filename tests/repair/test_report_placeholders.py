"""A report row whose rate divides by zero, where the documentation names the placeholder."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.report_placeholders import PlaceholderInReportLine
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

REPORT = '''
    """Attendance by pupil. A pupil who has had no lesson yet shows NOT_STARTED in place
    of a percentage and gets no letter."""

    LOW = 0.75
    NOT_STARTED = "new"


    def report(pupils: list[str], held: dict[str, int], came: dict[str, int]) -> list[str]:
        lines, letters = [], []
        for pupil in pupils:
            rate = came[pupil] / held[pupil]
            lessons = f"{came[pupil]}/{held[pupil]}"
            lines.append(f"{pupil:<10} {lessons:>5} {rate:>5.0%}")
            if rate < LOW:
                letters.append(pupil)
        return lines + ["letters: " + ", ".join(letters)]
'''
MESSAGE = "division by zero"


def _propose(tmp_path: Path, source: str = REPORT) -> list[object]:
    site, analysis = crash_at(tmp_path, {"school/report.py": source}, "school/report.py",
                              "rate = came[pupil] / held[pupil]", "ZeroDivisionError",
                              MESSAGE, {"pupil": "'Ada'"})
    return list(PlaceholderInReportLine().propose(site, analysis))


def test_the_row_shows_the_placeholder_and_skips_the_letter(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(REPORT).lstrip("\n")
    after = before.replace(
        '''        rate = came[pupil] / held[pupil]
        lessons = f"{came[pupil]}/{held[pupil]}"
''', '''        lessons = f"{came[pupil]}/{held[pupil]}"
        if not held[pupil]:
            lines.append(f"{pupil:<10} {lessons:>5} {NOT_STARTED:>5}")
            continue
        rate = came[pupil] / held[pupil]
''')
    assert after != before
    assert candidate.edits == {"school/report.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # The documentation names no placeholder for the figure.
    ("shows NOT_STARTED in place\n    of a percentage", "shows NOT_STARTED beside\n    the name"),
    # It does not say the letter is skipped, and the loop goes on to decide one.
    ("and gets no letter.", "and is listed."),
    # It refuses the case.
    ("yet shows NOT_STARTED", "yet raises an error and never shows NOT_STARTED"),
    # The rate is read again after the row, by something that is not left out.
    ("                letters.append(pupil)\n",
     "                letters.append(pupil)\n            print(rate)\n"),
    # The placeholder is not a text constant of the module.
    ('NOT_STARTED = "new"', "NOT_STARTED = 0"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = REPORT.replace(old, new)
    assert source != REPORT
    assert _propose(tmp_path, source) == []


def test_end_to_end_the_new_pupil_is_listed_without_a_letter(tmp_path: Path) -> None:
    tests = '''
        from school.report import report


        def test_low_attendance_gets_a_letter() -> None:
            lines = report(["Ada"], {"Ada": 4}, {"Ada": 2})
            assert lines == ["Ada          2/4   50%", "letters: Ada"]
    '''
    imports = "from school.report import report\n"
    call = "report(['Ada', 'Bo'], {'Ada': 4, 'Bo': 0}, {'Ada': 4, 'Bo': 0})"
    data = fix_and_check(tmp_path, app_files("school", "report", REPORT, tests),
                         imports + call,
                         imports + f"assert {call} == ['Ada          4/4  100%', "
                         "'Bo           0/0   new', 'letters: ']\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "placeholder-in-report-line"

"""An index past one end of something the documentation says repeats takes the other end
of the cycle; a sequence that does not repeat, or documentation that refuses the case,
gets nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.wrap_around import WrapAround
from tests.repair.crash_sites import crash_at

COMPASS = '''
    #: The sixteen points, clockwise from north. Each covers a 22.5-degree sector, so "N"
    #: runs from 348.75 through 360 (= 0) to 11.25 degrees.
    POINTS = (
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    )


    def point(bearing: float) -> str:
        """The point a bearing falls in."""
        index = int((bearing + 11.25) // 22.5)
        return POINTS[index]


    def unrelated(bearing: float) -> float:
        return POINTS.index("N") + bearing
'''

SCHEDULE = '''
    from dataclasses import dataclass
    from datetime import time


    @dataclass(frozen=True)
    class Change:
        starts: time
        celsius: float


    def _in_order(changes: list[Change]) -> list[Change]:
        return sorted(changes, key=lambda change: change.starts)


    def setpoint_at(changes: list[Change], at: time) -> float:
        """The target in force at ``at``.

        The programme repeats every day, so before the day's first change the previous
        evening's last change is still in force.
        """
        earlier = [change for change in _in_order(changes) if change.starts <= at]
        return earlier[-1].celsius
'''


def _propose(tmp_path: Path, source: str, needle: str, values: dict[str, object],
             message: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"app/__init__.py": "", "app/cycle.py": source},
                              "app/cycle.py", needle, "IndexError", message, values)
    return list(WrapAround().propose(site, analysis))


def _edited(found: list[Candidate]) -> list[str]:
    return [c.edits["app/cycle.py"] for c in found]


def _compass(tmp_path: Path, source: str = COMPASS, index: int = 16) -> list[Candidate]:
    return _propose(tmp_path, source, "return POINTS[index]",
                    {"bearing": "355.0", "index": str(index)}, "tuple index out of range")


def _schedule(tmp_path: Path, source: str = SCHEDULE) -> list[Candidate]:
    return _propose(tmp_path, source, "return earlier[-1]", {"earlier": "[]"},
                    "list index out of range")


def test_a_position_past_the_last_point_wraps_round_to_the_first(tmp_path: Path) -> None:
    found = _compass(tmp_path)
    assert _edited(found) == [textwrap.dedent(COMPASS).lstrip("\n").replace(
        "return POINTS[index]", "return POINTS[index % len(POINTS)]")]
    assert "(= 0)" in (found[0].contract or "")


def test_the_function_s_docstring_quoting_an_item_backs_it_too(tmp_path: Path) -> None:
    source = COMPASS.replace(
        'so "N"\n    #: runs from 348.75 through 360 (= 0) to 11.25 degrees.', "").replace(
        '"""The point a bearing falls in."""',
        '"""The point a bearing falls in; the scale wraps round, 360 is "N" again."""')
    assert len(_compass(tmp_path, source)) == 1


def test_a_sequence_that_does_not_repeat_gets_nothing(tmp_path: Path) -> None:
    bands = '''
        #: Grade bands from 0 to 100, ten points each; 100 itself is an "A".
        BANDS = ("F", "F", "F", "F", "F", "E", "D", "C", "B", "A")


        def band(score: int) -> str:
            index = score // 10
            return BANDS[index]
    '''
    assert _propose(tmp_path, bands, "return BANDS[index]", {"score": "100", "index": "10"},
                    "tuple index out of range") == []


def test_a_cycle_named_only_in_another_function_s_words_gets_nothing(tmp_path: Path) -> None:
    source = COMPASS.replace(
        'so "N"\n    #: runs from 348.75 through 360 (= 0) to 11.25 degrees.', "").replace(
        "def unrelated(bearing: float) -> float:",
        'def unrelated(bearing: float) -> float:\n        """The dial wraps round: 360 is "N"."""')
    assert _compass(tmp_path, source) == []


def test_documentation_that_refuses_the_top_end_gets_nothing(tmp_path: Path) -> None:
    source = COMPASS.replace("runs from 348.75 through 360 (= 0) to 11.25 degrees.",
                             "runs from 348.75 through 360 (= 0), never past it: an error.")
    assert _compass(tmp_path, source) == []


def test_an_index_captured_in_range_is_not_the_one_that_crashed(tmp_path: Path) -> None:
    assert _compass(tmp_path, index=3) == []


def test_an_empty_filtered_list_takes_the_last_item_of_the_previous_cycle(
        tmp_path: Path) -> None:
    found = _schedule(tmp_path)
    assert _edited(found) == [textwrap.dedent(SCHEDULE).lstrip("\n").replace(
        "return earlier[-1].celsius", "return (earlier or _in_order(changes))[-1].celsius")]


def test_a_cycle_sentence_about_the_other_end_gets_nothing(tmp_path: Path) -> None:
    source = SCHEDULE.replace("the previous\n        evening's last change is still in force",
                              "the first change\n        of the day is in force early")
    assert _schedule(tmp_path, source) == []


def test_a_sentence_that_refuses_the_carry_over_gets_nothing(tmp_path: Path) -> None:
    source = SCHEDULE.replace("is still in force", "is not carried over (frost holds)")
    assert _schedule(tmp_path, source) == []


def test_a_module_docstring_about_repeats_backs_nothing(tmp_path: Path) -> None:
    source = '"""Schedules repeat every day; the last change holds overnight."""\n' + \
        textwrap.dedent(SCHEDULE).replace(
            "    The programme repeats every day, so before the day's first change the "
            "previous\n    evening's last change is still in force.\n", "")
    assert _schedule(tmp_path, source) == []


def test_a_source_that_cannot_be_read_twice_gets_nothing(tmp_path: Path) -> None:
    source = SCHEDULE.replace("_in_order(changes) if", "store.fetch_changes(at) if")
    assert _schedule(tmp_path, source) == []


def test_an_answer_that_also_names_the_day_gets_nothing(tmp_path: Path) -> None:
    # The next cycle's first item belongs to the next day: today's date beside it is wrong.
    dated = SCHEDULE.replace("return earlier[-1].celsius", "return (at, earlier[-1].celsius)")
    site, analysis = crash_at(tmp_path, {"app/__init__.py": "", "app/cycle.py": dated},
                              "app/cycle.py", "return (at, earlier[-1]", "IndexError",
                              "list index out of range", {"earlier": "[]"})
    assert list(WrapAround().propose(site, analysis)) == []

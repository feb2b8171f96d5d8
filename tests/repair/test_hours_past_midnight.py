"""A clock-time parser fed times past 24:00 its documentation writes: the parts are read
as numbers; nothing when the documentation writes no such time, the captured text is not
one, or the parsed value is used as a datetime."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.hours_past_midnight import HoursPastMidnight
from tests.repair.crash_sites import crash_at

GTFS = '''
    from datetime import datetime


    def service_minutes(value: str) -> int:
        """Minutes from the start of the service day: a night bus of the evening's
        timetable is written past midnight ("25:10:00" is ten past one)."""
        parsed = datetime.strptime(value.strip(), "%H:%M:%S")
        return parsed.hour * 60 + parsed.minute


    def wall_clock(value: str) -> int:
        parsed = datetime.strptime(value, "%H:%M")
        return parsed.hour
'''


def _propose(tmp_path: Path, source: str = GTFS, value: str = "'24:35:00'",
             needle: str = 'parsed = datetime.strptime(value.strip(), "%H:%M:%S")'
             ) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"board/__init__.py": "", "board/gtfs.py": source},
                              "board/gtfs.py", needle, "ValueError",
                              f"time data {value} does not match format '%H:%M:%S'",
                              {"value": value})
    return list(HoursPastMidnight().propose(site, analysis))


def test_hours_past_midnight_are_read_as_numbers(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["board/gtfs.py"] for c in found] == [
        textwrap.dedent(GTFS).lstrip("\n").replace(
            '    parsed = datetime.strptime(value.strip(), "%H:%M:%S")\n'
            "    return parsed.hour * 60 + parsed.minute\n",
            '    hours, minutes, _ = (int(part) for part in value.strip().split(":"))\n'
            "    return hours * 60 + minutes\n")]
    assert "25:10:00" in (found[0].contract or "")


def test_documentation_without_such_a_time_backs_nothing(tmp_path: Path) -> None:
    silent = GTFS.replace('a night bus of the evening\'s\n        timetable is written past '
                          'midnight ("25:10:00" is ten past one)', "the wall clock")
    assert _propose(tmp_path, silent) == []


def test_a_captured_text_that_is_no_time_past_midnight_still_raises(tmp_path: Path) -> None:
    assert _propose(tmp_path, value="'7:5x'") == []
    assert _propose(tmp_path, value="'12:75:00'") == []


def test_a_parsed_value_used_as_a_datetime_is_left_alone(tmp_path: Path) -> None:
    used = GTFS.replace("return parsed.hour * 60 + parsed.minute",
                        "return parsed.hour * 60 + parsed.minute + parsed.timestamp()")
    assert _propose(tmp_path, used) == []


def test_names_spoken_for_in_the_function_are_not_reused(tmp_path: Path) -> None:
    taken = GTFS.replace("        parsed = datetime.strptime(value.strip()",
                         "        hours = 0\n        parsed = datetime.strptime(value.strip()")
    assert _propose(tmp_path, taken) == []

"""A timestamp without the fraction of a second its documentation says may be left out:
the format loses ``.%f`` for such a value; nothing is proposed when the documentation is
silent or the value would not parse either way."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.optional_fraction import OptionalFraction
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

TIMES = '''
    from datetime import datetime, timezone

    API_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


    def parse_api_time(value: str) -> datetime:
        """An API timestamp as an aware UTC datetime.

        The API writes times in UTC with a ``Z``; the fraction of a second is left out
        when it is zero.
        """
        return datetime.strptime(value, API_TIME_FORMAT).replace(tzinfo=timezone.utc)


    def parse_log_time(value: str) -> datetime:
        return datetime.strptime(value, API_TIME_FORMAT)
'''

FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def _propose(tmp_path: Path, times: str = TIMES, data: str = "2026-03-07T22:15:00Z",
             form: str = FORMAT) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"feed/__init__.py": "", "feed/times.py": times},
                              "feed/times.py", "return datetime.strptime(value, API_TIME_FORMAT)."
                              "replace", "ValueError",
                              f"time data {data!r} does not match format {form!r}",
                              {"value": repr(data)})
    return list(OptionalFraction().propose(site, analysis))


def test_a_time_without_its_documented_optional_fraction_is_read(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["feed/times.py"]
    assert after == textwrap.dedent(TIMES).lstrip("\n").replace(
        "strptime(value, API_TIME_FORMAT).replace",
        'strptime(value, API_TIME_FORMAT if "." in value else '
        'API_TIME_FORMAT.replace(".%f", "")).replace')
    assert "    return datetime.strptime(value, API_TIME_FORMAT)\n" in after  # left alone


def test_documentation_silent_about_the_fraction_backs_nothing(tmp_path: Path) -> None:
    silent = TIMES.replace("the fraction of a second is left out\n        when it is zero",
                           "always with milliseconds")
    assert _propose(tmp_path, silent) == []


def test_a_value_that_does_not_parse_without_the_fraction_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, data="2026-03-07 22:15:00") == []


def test_a_format_with_other_dots_gets_nothing(tmp_path: Path) -> None:
    form = "%d.%m.%Y %H:%M:%S.%f"
    times = TIMES.replace(FORMAT, form)
    assert _propose(tmp_path, times, data="07.03.2026 22:15:00", form=form) == []


TESTS = '''
    from feed.times import parse_api_time


    def test_with_fraction() -> None:
        assert parse_api_time("2026-03-05T10:00:00.250Z").microsecond == 250000
'''


def test_a_whole_second_time_is_read_as_utc(tmp_path: Path) -> None:
    trigger = 'from feed.times import parse_api_time\nparse_api_time("2026-03-07T22:15:00Z")'
    check = ('from datetime import datetime, timezone\nfrom feed.times import parse_api_time\n'
             'assert parse_api_time("2026-03-07T22:15:00Z") == '
             'datetime(2026, 3, 7, 22, 15, tzinfo=timezone.utc)\n'
             'assert parse_api_time("2026-03-07T22:15:00.100Z").microsecond == 100000')
    data = fix_and_check(tmp_path, {"feed/__init__.py": "", "feed/times.py": TIMES,
                                    "tests/test_times.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert 'API_TIME_FORMAT.replace(".%f", "")' in data["patch"]

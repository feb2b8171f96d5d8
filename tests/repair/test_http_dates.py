"""A delay documented as seconds or an HTTP date: the date is waited for from the
documented ``datetime`` parameter, a past one means 0; nothing when the docstring does
not say the value may be a date, names nothing to count from, or leaves a past date
unsaid."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.http_dates import HttpDateDelay
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

BACKOFF = '''
    """When to poll a queue again."""

    from datetime import datetime


    def next_poll(reply: dict[str, str], now: datetime) -> float:
        """Seconds until the next poll.

        ``wait`` is a number of seconds or an HTTP date, counted from ``now``; a date in
        the past means 0.
        """
        wait = reply.get("wait", "5")
        return float(wait)


    def other(reply: dict[str, str]) -> float:
        return float(reply["wait"])
'''

DATE = "Wed, 25 Nov 2026 12:00:45 GMT"
MESSAGE = f"could not convert string to float: '{DATE}'"


def _propose(tmp_path: Path, source: str = BACKOFF, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"poll.py": source}, "poll.py", "return float(wait)",
                              "ValueError", message, {"wait": repr(DATE)})
    return list(HttpDateDelay().propose(site, analysis))


def test_an_http_date_is_waited_for_from_the_documented_clock(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(BACKOFF).lstrip("\n")
    after = before.replace(
        "from datetime import datetime\n",
        "from datetime import datetime\nfrom email.utils import parsedate_to_datetime\n").replace(
        "    return float(wait)\n",
        "    return (float(wait) if wait.strip().isdigit() else "
        "max((parsedate_to_datetime(wait) - now).total_seconds(), 0.0))\n")
    assert found[0].edits["poll.py"] == after
    # `other` keeps its plain float().
    assert 'return float(reply["wait"])' in found[0].edits["poll.py"]
    assert "HTTP date" in (found[0].contract or "")


def test_float_of_int_is_replaced_whole(tmp_path: Path) -> None:
    source = BACKOFF.replace("return float(wait)", "return float(int(wait))")
    site, analysis = crash_at(tmp_path, {"poll.py": source}, "poll.py", "return float(int(",
                              "ValueError", f"invalid literal for int() with base 10: '{DATE}'",
                              {"wait": repr(DATE)})
    found = list(HttpDateDelay().propose(site, analysis))
    assert len(found) == 1
    assert "(float(int(wait)) if wait.strip().isdigit() else" in found[0].edits["poll.py"]


def test_a_docstring_without_an_http_date_backs_nothing(tmp_path: Path) -> None:
    silent = BACKOFF.replace("a number of seconds or an HTTP date", "a number of seconds")
    assert _propose(tmp_path, silent) == []


def test_a_refused_http_date_backs_nothing(tmp_path: Path) -> None:
    refused = BACKOFF.replace("a number of seconds or an HTTP date, counted from ``now``",
                              "a number of seconds, not an HTTP date, counted from ``now``")
    assert _propose(tmp_path, refused) == []


def test_an_unsaid_past_date_backs_nothing(tmp_path: Path) -> None:
    unsaid = BACKOFF.replace("; a date in\n        the past means 0.", ".")
    assert _propose(tmp_path, unsaid) == []


def test_no_clock_to_count_from_backs_nothing(tmp_path: Path) -> None:
    clockless = BACKOFF.replace("now: datetime", "now: float")
    assert _propose(tmp_path, clockless) == []


def test_text_that_is_not_a_date_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="could not convert string to float: 'soon'") == []


APP = {
    "pyproject.toml": '[project]\nname = "mailq"\nversion = "0"\n',
    "mailq/__init__.py": "",
    "mailq/throttle.py": '''
        """How long the mail queue pauses after a provider throttles it."""

        from __future__ import annotations

        from datetime import datetime

        LONGEST = 600.0


        def pause(answer: dict[str, str], received: datetime) -> float:
            """Seconds to pause for the provider's ``X-Resume-After``.

            The value is seconds (``30``) or an HTTP date (RFC 9110), counted from
            ``received``; a date already past means resume at once (0). At most LONGEST.
            """
            resume = answer["X-Resume-After"]
            return min(float(resume), LONGEST)
    ''',
    "tests/__init__.py": "",
    "tests/test_throttle.py": '''
        from datetime import datetime, timezone

        from mailq.throttle import pause

        NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


        def test_seconds() -> None:
            assert pause({"X-Resume-After": "30"}, NOW) == 30.0
            assert pause({"X-Resume-After": "9000"}, NOW) == 600.0
    ''',
}

TRIGGER = """
from datetime import datetime, timezone
from mailq.throttle import pause
pause({"X-Resume-After": "Wed, 25 Nov 2026 12:01:30 GMT"},
      datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
"""

CHECK = """
from datetime import datetime, timezone
from mailq.throttle import pause
now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
assert pause({"X-Resume-After": "Wed, 25 Nov 2026 12:01:30 GMT"}, now) == 90.0
assert pause({"X-Resume-After": "Wed, 25 Nov 2026 11:00:00 GMT"}, now) == 0.0
assert pause({"X-Resume-After": "Thu, 26 Nov 2026 12:00:00 GMT"}, now) == 600.0
assert pause({"X-Resume-After": "45"}, now) == 45.0
"""


def test_a_resume_date_is_waited_for_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert "parsedate_to_datetime(resume) - received" in data["patch"]

"""http_dates under review: an HTTP date is counted from the clock the docstring names,
and a date documented to mean something else is not waited for."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

THROTTLE = '''
    """How long the mail queue pauses after a provider throttles it."""

    from __future__ import annotations

    from datetime import datetime


    def pause(answer: dict[str, str], received: datetime, sent: datetime) -> float:
        """Seconds to pause for the provider's ``X-Resume-After``.

        SENTENCE
        """
        resume = answer["X-Resume-After"]
        return float(resume)
'''

TESTS = '''
    from datetime import datetime, timezone

    from mailq.throttle import pause

    NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


    def test_seconds() -> None:
        assert pause({"X-Resume-After": "30"}, NOW, NOW) == 30.0
'''

TRIGGER = """
from datetime import datetime, timezone
from mailq.throttle import pause
now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
pause({"X-Resume-After": "Wed, 25 Nov 2026 12:01:30 GMT"}, now, now)
"""


def _app(sentence: str) -> dict[str, str]:
    return {"mailq/__init__.py": "", "mailq/throttle.py": THROTTLE.replace("SENTENCE", sentence),
            "tests/__init__.py": "", "tests/test_throttle.py": TESTS}


def test_two_clocks_and_a_docstring_that_names_neither_for_the_date(tmp_path: Path) -> None:
    # Which of `received` and `sent` a date counts from is unsaid: a guess would pause
    # for the wrong span.
    data = fix_and_check(
        tmp_path, _app("The value is seconds or an HTTP date; a date already past means 0. "
                       "``received`` and ``sent`` are for the log."), TRIGGER,
        "raise AssertionError('no fix should be reported')")
    assert data is not None and data["status"] != "fixed"


def test_a_date_documented_as_unsupported_is_not_waited_for(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("The value is seconds; an HTTP-date form is a provider bug we report "
                       "rather than honour. A date already past means 0 in their docs."), TRIGGER,
        "raise AssertionError('no fix should be reported')")
    assert data is not None and data["status"] != "fixed"

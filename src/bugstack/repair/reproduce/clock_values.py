"""Values that name today: what a regression test must not pin.

The regression test asserts what the fixed code answered when it was verified. When that
answer depends on the clock ("the invoices of this month" answers ``{"month":
"2026-11"}``), an exact assertion passes today and fails on the first of next month,
long after the pull request was merged. Such values are asserted by their type instead,
and everything around them keeps its exact assertion.

"Names today" is read from the text: this month as ISO (``2026-11``, which ``2026-11-25``
and ISO timestamps contain) or in ``datetime``'s repr (``date(2026, 11, 25)``), in local
time and in UTC, which differ around midnight.

A value that a second run of the same probe answers differently (a new session's random
token, an expiry thirty days from now) is asserted by its type the same way: ``again`` is
that second answer, compared leaf by leaf. An answer that holds the clock as a Unix time
(``"expires": 1796254829``) only varies if the second run starts in a later second, so the
caller waits for the next second before it when :func:`mentions_epoch` says so.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

__all__ = ["ONCE", "mentions_epoch", "mentions_today", "typed_checks"]

#: One check, as ``assert LEFT OP RIGHT`` reads (the regression writer's own shape).
Check = tuple[str, str, str]


def _days_around_now(today: date | None) -> set[date]:
    if today is not None:
        return {today}
    now = datetime.now(UTC)
    # A test generated just before midnight may run just after it.
    return {d.date() for d in (now, now.astimezone(), now + timedelta(days=1),
                               now - timedelta(days=1))}


def mentions_today(text: str, today: date | None = None) -> bool:
    """Whether ``text`` holds this month as a date, in ISO form or ``datetime``'s repr."""
    for day in _days_around_now(today):
        if (f"{day.year:04d}-{day.month:02d}" in text
                or f"{day.year}, {day.month}, " in text or f"{day.year}, {day.month})" in text):
            return True
    return False


_EPOCH = re.compile(r"(?<![\d.])(\d{10}|\d{13})(?:\.\d+)?(?![\d.])")
#: How far from now a number still reads as the clock: expiries a few years ahead,
#: creation times a few years back.
_EPOCH_SPAN = 20 * 365 * 24 * 3600


def mentions_epoch(text: str, now: float | None = None) -> bool:
    """Whether ``text`` holds a Unix time near now, in seconds or milliseconds."""
    now = time.time() if now is None else now
    for match in _EPOCH.finditer(text):
        seconds = int(match.group(1)) / (1000 if len(match.group(1)) == 13 else 1)
        if abs(seconds - now) < _EPOCH_SPAN:
            return True
    return False


#: ``again`` when there was no second run to compare with.
ONCE: Any = object()


def typed_checks(expression: str, expected: Any, today: date | None = None,
                 again: Any = ONCE) -> list[Check]:
    """Checks for a parsed JSON value (or a literal): exact where it does not name today
    and the second run (``again``) answered the same, by type where it does not (key by
    key, for an object)."""
    varies = again is not ONCE and again != expected
    if not varies and not mentions_today(json.dumps(expected, default=str), today):
        return [(expression, "is", "None") if expected is None
                else (expression, "==", repr(expected))]
    sortable = isinstance(expected, dict) and (
        all(isinstance(k, str) for k in expected) or all(isinstance(k, int) for k in expected))
    if sortable and (again is ONCE or (isinstance(again, dict) and set(again) == set(expected))):
        checks: list[Check] = [(f"sorted({expression})", "==", repr(sorted(expected)))]
        for key, value in expected.items():
            checks += typed_checks(f"{expression}[{key!r}]", value, today,
                                   again[key] if again is not ONCE else ONCE)
        return checks
    return [(f"type({expression}).__name__", "==", repr(type(expected).__name__))]

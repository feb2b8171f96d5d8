"""Values that name today: what a regression test must not pin.

The regression test asserts what the fixed code answered when it was verified. When that
answer depends on the clock ("the invoices of this month" answers ``{"month":
"2026-11"}``), an exact assertion passes today and fails on the first of next month,
long after the pull request was merged. Such values are asserted by their type instead,
and everything around them keeps its exact assertion.

"Names today" is read from the text: this month as ISO (``2026-11``, which ``2026-11-25``
and ISO timestamps contain) or in ``datetime``'s repr (``date(2026, 11, 25)``), in local
time and in UTC, which differ around midnight.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

__all__ = ["mentions_today", "typed_checks"]

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


def typed_checks(expression: str, expected: Any, today: date | None = None) -> list[Check]:
    """Checks for a parsed JSON value: exact where it does not name today, by type where
    it does (key by key, for an object)."""
    if not mentions_today(json.dumps(expected, default=str), today):
        return [(expression, "is", "None") if expected is None
                else (expression, "==", repr(expected))]
    if isinstance(expected, dict):
        checks: list[Check] = [(f"sorted({expression})", "==", repr(sorted(expected)))]
        for key, value in expected.items():
            checks += typed_checks(f"{expression}[{key!r}]", value, today)
        return checks
    return [(f"type({expression}).__name__", "==", repr(type(expected).__name__))]

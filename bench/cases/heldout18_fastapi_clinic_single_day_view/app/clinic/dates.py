"""The ``dates`` query parameter of the scheduling API."""

from __future__ import annotations

from datetime import date

from fastapi import HTTPException

#: The longest range one request may ask for (the month planner asks for 31 days).
MAX_DAYS = 31


def parse_range(value: str) -> tuple[date, date]:
    """``FROM..TO`` (ISO dates, both days included), or a single ISO date meaning that
    day alone: the week planner sends ``?dates=2024-05-06..2024-05-12``, the front
    desk's day view ``?dates=2024-05-06``. Anything else is answered 422."""
    first, last = value.split("..")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        raise HTTPException(422, f"dates: not an ISO date or date range: {value!r}") from None
    if end < start:
        raise HTTPException(422, "dates: the range ends before it starts")
    if (end - start).days >= MAX_DAYS:
        raise HTTPException(422, f"dates: at most {MAX_DAYS} days at a time")
    return start, end

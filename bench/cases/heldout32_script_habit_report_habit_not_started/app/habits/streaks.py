"""Streaks: runs of consecutive days a habit was done."""

from __future__ import annotations

from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def longest_streak(done: list[date]) -> int:
    """The longest run of consecutive days in ``done`` (sorted); 0 when it is empty."""
    best = run = 0
    previous: date | None = None
    for day in done:
        run = run + 1 if previous is not None and day - previous == ONE_DAY else 1
        best = max(best, run)
        previous = day
    return best


def current_streak(done: list[date], today: date) -> int:
    """The run ending today, or yesterday (today's tick may still come); 0 otherwise."""
    days = set(done)
    day = today if today in days else today - ONE_DAY
    run = 0
    while day in days:
        run += 1
        day -= ONE_DAY
    return run

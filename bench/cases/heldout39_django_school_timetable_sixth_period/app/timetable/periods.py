"""The school day's bell times.

Periods are numbered from 1, as on the printed timetable and in the MIS export, so
PERIOD_TIMES[0] holds period 1. Break is between periods 2 and 3, lunch between 4 and 5.
"""

from __future__ import annotations

PERIOD_TIMES: list[tuple[str, str]] = [
    ("08:50", "09:45"),
    ("09:45", "10:40"),
    ("11:00", "11:55"),
    ("11:55", "12:50"),
    ("13:35", "14:30"),
    ("14:30", "15:25"),
]


def bell_times(period: int) -> tuple[str, str]:
    """Start and end of ``period`` (1 to len(PERIOD_TIMES))."""
    return PERIOD_TIMES[period - 1]

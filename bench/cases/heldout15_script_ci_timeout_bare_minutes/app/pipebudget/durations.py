"""Durations as pipeline files write them: "90s", "45m", "2h", "1h30m"."""

from __future__ import annotations

import re

UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
#: The unit of a bare number. Format-1 pipeline files gave timeouts in minutes ("45"),
#: and those files are still accepted.
DEFAULT_UNIT = "m"

_DURATION = re.compile(r"(?:\d+[hms]?)+")
_PART = re.compile(r"(\d+)([hms]?)")


def parse_duration(text: str) -> int:
    """Seconds in a duration such as "90s", "45m", "2h" or "1h30m"; a bare number
    ("45") counts in DEFAULT_UNIT. ValueError for anything else."""
    cleaned = text.strip().lower().replace(" ", "")
    if not _DURATION.fullmatch(cleaned):
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(number) * UNIT_SECONDS[unit] for number, unit in _PART.findall(cleaned))


def format_duration(seconds: int) -> str:
    """H:MM:SS, hours unbounded: 5400 -> "1:30:00"."""
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"

"""Durations as people type them into the timesheet."""

from __future__ import annotations

import re

_DURATION = re.compile(r"(\d+)h(\d+)m")


def parse_duration(text: str) -> int:
    """Minutes in '1h30m', '2h' or '45m': either part may be left out, spaces and case
    are ignored. Anything else (including '') is a ValueError."""
    match = _DURATION.fullmatch(text.replace(" ", "").lower())
    return int(match.group(1)) * 60 + int(match.group(2))


def total_minutes(entries: list[str]) -> int:
    """The week's total, for the invoice."""
    return sum(parse_duration(e) for e in entries)

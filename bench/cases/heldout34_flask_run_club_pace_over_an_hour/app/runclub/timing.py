"""Finishing times as runners write them: ``mm:ss`` for a parkrun, ``h:mm:ss`` for
anything that takes an hour or more."""

from __future__ import annotations

import re

#: What the calculator's form accepts: ``25:30``, ``58:02``, ``1:52:30``.
TIME_PATTERN = re.compile(r"^\d{1,2}(:[0-5]\d){1,2}$")


def parse_duration(text: str) -> int:
    """Seconds in a time written ``mm:ss`` or ``h:mm:ss`` (the forms format_duration writes)."""
    minutes, seconds = text.strip().split(":")
    return int(minutes) * 60 + int(seconds)


def format_duration(total_seconds: int) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` from an hour up."""
    hours, rest = divmod(total_seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def pace_per_km(distance_km: float, total_seconds: int) -> str:
    """Average time per kilometre, to the nearest second."""
    return format_duration(round(total_seconds / distance_km))

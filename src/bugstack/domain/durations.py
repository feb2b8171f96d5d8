"""Durations as people type them (``3600``, ``30m``, ``12h``, ``7d``) and read them back.

The command line and the dashboard both set a project's quiet period this way, so they
accept and show the same forms.
"""

from __future__ import annotations

from datetime import timedelta

__all__ = ["DEFAULT_QUIET_PERIOD", "format_duration", "parse_duration"]

#: How long a release with a merged fix must serve with no recurrence before its issue is
#: resolved, when the project sets no period of its own.
DEFAULT_QUIET_PERIOD = timedelta(days=7)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    """``3600``, ``90s``, ``30m``, ``12h`` or ``7d`` as seconds; ValueError otherwise."""
    cleaned = text.strip().lower()
    unit = _UNITS.get(cleaned[-1:])
    number = cleaned[:-1] if unit else cleaned
    if not number.isdigit() or int(number) <= 0:
        raise ValueError(f"{text!r} is not a duration (e.g. 3600, 30m, 12h, 7d)")
    return int(number) * (unit or 1)


def format_duration(seconds: int) -> str:
    """The largest whole unit: 604800 -> ``7d``, 5400 -> ``90m``, 61 -> ``61s``."""
    for suffix in ("d", "h", "m"):
        size = _UNITS[suffix]
        if seconds % size == 0:
            return f"{seconds // size}{suffix}"
    return f"{seconds}s"

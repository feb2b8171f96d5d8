"""Quiet hours: the part of the night when a contact gets no marketing texts.

A contact's quiet hours are kept as "HH:MM-HH:MM" in their own wall-clock time; a span
whose end is earlier than its start runs over midnight ("22:00-07:00").
"""

from __future__ import annotations

from datetime import datetime, time

Span = tuple[time, time]


def parse_span(text: str) -> Span:
    start, _, end = text.partition("-")
    return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())


def in_quiet_hours(moment: datetime, span: Span) -> bool:
    start, end = span
    now = moment.time()
    if start <= end:
        return start <= now < end
    return now >= start or now < end


def next_send_time(moment: datetime, span: Span) -> datetime:
    """The first moment at or after ``moment`` that is outside the quiet hours.

    That is ``moment`` itself when it is outside them; else the end of the span it falls
    in, which for a span over midnight is the next morning when ``moment`` is before
    midnight.
    """
    if not in_quiet_hours(moment, span):
        return moment
    end = span[1]
    release = moment.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if release <= moment:
        release = release.replace(day=release.day + 1)
    return release

"""Opening hours of the clinics, as the front desk types them in the admin ("08:00-18:30")."""

from __future__ import annotations

from datetime import datetime

#: Length of one appointment slot, in minutes.
SLOT_MINUTES = 30


def to_minutes(hhmm: str) -> int:
    """Minutes since midnight of a clock time "HH:MM".

    As in ISO 8601, "24:00" is the midnight at the *end* of the day (1440), so that a
    clinic open until midnight is entered as "18:00-24:00"; "00:00" is always the start
    of the day.
    """
    parsed = datetime.strptime(hhmm, "%H:%M")
    return parsed.hour * 60 + parsed.minute


def parse_range(text: str) -> tuple[int, int]:
    """"08:00-18:30" -> (480, 1110): the opening and the closing minute of the day."""
    opens, closes = (part.strip() for part in text.split("-"))
    start, end = to_minutes(opens), to_minutes(closes)
    if end <= start:
        raise ValueError(f"closing time not after opening time: {text!r}")
    return start, end


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def slots(text: str, length: int = SLOT_MINUTES) -> list[str]:
    """Start times of the appointment slots that fit entirely within the opening hours."""
    start, end = parse_range(text)
    return [clock(m) for m in range(start, end - length + 1, length)]


def is_open(text: str, minute: int) -> bool:
    """Whether the clinic is open at ``minute`` (minutes since midnight, local time)."""
    start, end = parse_range(text)
    return start <= minute < end

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agenda.zones import company_time, format_time, local_time


@dataclass(frozen=True)
class Attendee:
    email: str
    #: IANA zone from the profile; "" when the user never picked one.
    timezone: str = ""


def reminder_text(title: str, starts_at: datetime, attendee: Attendee) -> str:
    """The reminder mailed to one attendee, in their own time."""
    return f"Reminder: {title} starts {format_time(local_time(starts_at, attendee.timezone))}"


def board_notice(title: str, starts_at: datetime) -> str:
    """The line on the office notice board, in company time."""
    return f"{title}: {format_time(company_time(starts_at))}"

"""Times as each user reads them.

A user's zone is the IANA name from their profile (``Europe/Lisbon``). Users who never
picked one have an empty string there; they see times in DEFAULT_TIMEZONE, the zone of the
company's head office, like everything else the company sends without a user in mind.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Europe/Berlin"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def company_time(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(DEFAULT_TIMEZONE))


def local_time(moment: datetime, zone_name: str) -> datetime:
    """``moment`` (aware) in the zone ``zone_name`` of a user's profile."""
    return moment.astimezone(ZoneInfo(zone_name))


def format_time(moment: datetime) -> str:
    """'Mon 2 Mar, 14:30 CET'."""
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]}, {moment:%H:%M %Z}"

"""A small iCalendar (RFC 5545) reader: enough of VEVENT for the booking sites' feeds.

Every event has an exclusive ``end``, as in the file. RFC 5545 section 3.6.1 says what
an event without DTEND (and without DURATION, which these feeds never send) means: when
DTSTART is a DATE the event lasts one day, and when DTSTART is a DATE-TIME it ends at
the moment it starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    start: date | datetime
    #: Exclusive: an all-day booking of the 3rd and 4th ends on the 5th.
    end: date | datetime

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def unfold(text: str) -> list[str]:
    """Content lines with RFC 5545 folding undone (a line starting with a space or tab continues the previous one)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def parse_value(params: dict[str, str], value: str) -> date | datetime:
    if params.get("VALUE") == "DATE" or len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    stamp = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    return stamp.replace(tzinfo=timezone.utc) if value.endswith("Z") else stamp


def _property(line: str) -> tuple[str, dict[str, str], str]:
    head, _, value = line.partition(":")
    name, *raw_params = head.split(";")
    params = dict(p.partition("=")[::2] for p in raw_params)
    return name.upper(), params, value


def parse_events(text: str) -> list[Event]:
    """Every VEVENT in ``text``, in file order."""
    events: list[Event] = []
    current: dict[str, tuple[dict[str, str], str]] | None = None
    for line in unfold(text):
        name, params, value = _property(line)
        if name == "BEGIN" and value == "VEVENT":
            current = {}
        elif name == "END" and value == "VEVENT" and current is not None:
            start = parse_value(*current["DTSTART"])
            end = parse_value(*current["DTEND"])
            events.append(Event(current.get("UID", ("", ""))[1], current.get("SUMMARY", ({}, ""))[1], start, end))
            current = None
        elif current is not None:
            current[name] = (params, value)
    return events

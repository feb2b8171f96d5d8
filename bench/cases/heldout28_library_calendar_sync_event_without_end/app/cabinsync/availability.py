"""Which nights of the cabin the booking sites have taken."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cabinsync.ical import Event, parse_events


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def nights_taken(event: Event) -> set[date]:
    """The nights an event blocks: every day from its start up to, not including, its end.
    A timed event (a viewing, a cleaning slot) blocks no night."""
    if not event.all_day:
        return set()
    first, last = _day(event.start), _day(event.end)
    return {first + timedelta(days=n) for n in range((last - first).days)}


def blocked_nights(feed: str) -> set[date]:
    taken: set[date] = set()
    for event in parse_events(feed):
        taken |= nights_taken(event)
    return taken

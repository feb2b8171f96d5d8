"""The summer timetable of the island ferries.

Every route runs the same sailings every day of the season, so a route's timetable is
just its departure times, earliest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

TIMETABLE: dict[str, list[time]] = {
    "oban-craignure": [time(7, 45), time(9, 55), time(12, 0), time(14, 5), time(16, 0), time(18, 10), time(20, 0)],
    "craignure-oban": [time(8, 40), time(10, 50), time(13, 0), time(15, 5), time(17, 5), time(19, 5), time(20, 55)],
    "fionnphort-iona": [time(9, 0), time(10, 15), time(11, 30), time(13, 0), time(14, 30), time(16, 0), time(17, 30)],
}


@dataclass(frozen=True)
class Sailing:
    route: str
    day: date
    departs: time

    def as_json(self) -> dict[str, str]:
        return {"route": self.route, "date": self.day.isoformat(), "departs": self.departs.strftime("%H:%M")}


def routes() -> list[str]:
    return sorted(TIMETABLE)


def next_sailing(route: str, at: datetime) -> Sailing:
    """The first sailing on ``route`` that leaves at or after ``at``.

    The timetable repeats every day, so there is always a next sailing: after the last
    boat of the evening it is the first boat of the following morning.
    KeyError for a route we do not run.
    """
    departures = TIMETABLE[route]
    later = [t for t in departures if t >= at.time()]
    return Sailing(route, at.date(), later[0])


def sailings_on(route: str, day: date) -> list[Sailing]:
    return [Sailing(route, day, t) for t in TIMETABLE[route]]

"""Reading the parts of a GTFS feed the stop screens need: routes.txt, trips.txt and
stop_times.txt (https://gtfs.org/schedule/reference/)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Departure:
    route: str
    headsign: str
    #: Minutes from the start of the service day (see service_minutes).
    minutes: int


def service_minutes(value: str) -> int:
    """Minutes from the start of the service day for a GTFS ``HH:MM:SS`` time.

    GTFS counts every time from the start of its service day, so a bus that leaves after
    midnight but belongs to the evening's timetable is written past 24:00:00 ("25:10:00"
    is ten past one the next morning) and must come after that evening's 23:50.
    Seconds are dropped: the screens show minutes.
    """
    parsed = datetime.strptime(value.strip(), "%H:%M:%S")
    return parsed.hour * 60 + parsed.minute


def clock(minutes: int) -> str:
    """The wall-clock time the screen shows for a service-day offset (1510 -> "01:10")."""
    hours, mins = divmod(minutes % MINUTES_PER_DAY, 60)
    return f"{hours:02d}:{mins:02d}"


def _rows(feed: Path, name: str) -> list[dict[str, str]]:
    with (feed / name).open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def read_departures(feed: Path, stop_id: str) -> list[Departure]:
    """Every departure from ``stop_id`` in the feed, in the feed's order."""
    routes = {row["route_id"]: row["route_short_name"] for row in _rows(feed, "routes.txt")}
    trips = {
        row["trip_id"]: (routes[row["route_id"]], row.get("trip_headsign", ""))
        for row in _rows(feed, "trips.txt")
    }
    departures = []
    for row in _rows(feed, "stop_times.txt"):
        if row["stop_id"] != stop_id:
            continue
        route, headsign = trips[row["trip_id"]]
        departures.append(Departure(route, headsign, service_minutes(row["departure_time"])))
    return departures

"""The docking stations, as the fleet system last reported them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Station:
    id: int
    name: str
    #: Docking points in service. The fleet system reports 0 while a station is closed
    #: for repairs (all of its points are taken out of service at once).
    capacity: int
    bikes: int


_STATIONS: dict[int, Station] = {}


def reset() -> None:
    _STATIONS.clear()
    for station in (
        Station(1, "Harbour Square", 20, 7),
        Station(2, "Railway Station", 30, 0),
        Station(3, "Market Hall", 12, 12),
        Station(4, "Old Town Bridge", 16, 5),
    ):
        _STATIONS[station.id] = station


def all_stations() -> list[Station]:
    return sorted(_STATIONS.values(), key=lambda s: s.id)


def get(station_id: int) -> Station | None:
    return _STATIONS.get(station_id)


def report(station_id: int, capacity: int, bikes: int) -> None:
    """The fleet system's periodic update for one station."""
    station = _STATIONS[station_id]
    station.capacity = capacity
    station.bikes = bikes


reset()

"""The club's race calendar: the distances members ask the pace calculator about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Race:
    slug: str
    name: str
    distance_km: float


RACES: dict[str, Race] = {
    race.slug: race
    for race in (
        Race("parkrun", "Saturday parkrun", 5.0),
        Race("riverside-10k", "Riverside 10K", 10.0),
        Race("half-marathon", "Great North Half", 21.0975),
        Race("marathon", "City Marathon", 42.195),
    )
}

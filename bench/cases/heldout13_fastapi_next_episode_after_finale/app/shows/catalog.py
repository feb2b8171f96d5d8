"""The episode catalogue (loaded from the CMS export at start-up in production)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Episode:
    show: str
    season: int
    number: int
    title: str
    minutes: int


_SEASONS: dict[tuple[str, int], list[Episode]] = {
    ("harbour-lights", 1): [
        Episode("harbour-lights", 1, 1, "Low Tide", 52),
        Episode("harbour-lights", 1, 2, "The Pilot Boat", 49),
        Episode("harbour-lights", 1, 3, "Fog Signal", 55),
    ],
    ("harbour-lights", 2): [
        Episode("harbour-lights", 2, 1, "New Moorings", 51),
        Episode("harbour-lights", 2, 2, "Spring Tide", 50),
    ],
}


def season(show: str, number: int) -> list[Episode]:
    """The season's episodes in broadcast order (episode 1 first); empty when unknown."""
    return list(_SEASONS.get((show, number), []))

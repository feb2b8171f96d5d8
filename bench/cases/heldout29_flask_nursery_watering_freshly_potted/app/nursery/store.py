"""In-process plant records (the greenhouse tablet syncs them to the shared sheet nightly)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Plant:
    id: int
    name: str
    bench: str
    potted_on: date
    #: Days between waterings.
    interval_days: int
    #: None until the first watering after potting is logged.
    last_watered: date | None = None


_PLANTS: dict[int, Plant] = {}


def reset() -> None:
    _PLANTS.clear()
    _PLANTS[1] = Plant(1, "Lavender 'Hidcote'", "A", date(2024, 3, 2), 7, last_watered=date(2024, 4, 15))
    _PLANTS[2] = Plant(2, "Tomato 'Sungold'", "B", date(2024, 3, 20), 2, last_watered=date(2024, 4, 19))
    _PLANTS[3] = Plant(3, "Fern 'Boston'", "C", date(2024, 2, 11), 4, last_watered=date(2024, 4, 18))


def all_plants() -> list[Plant]:
    return sorted(_PLANTS.values(), key=lambda p: p.id)


def get(plant_id: int) -> Plant | None:
    return _PLANTS.get(plant_id)


def add(name: str, bench: str, potted_on: date, interval_days: int) -> Plant:
    plant = Plant(max(_PLANTS, default=0) + 1, name, bench, potted_on, interval_days)
    _PLANTS[plant.id] = plant
    return plant


reset()

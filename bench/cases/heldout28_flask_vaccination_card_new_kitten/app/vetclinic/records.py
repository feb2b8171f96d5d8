"""Patient records (the practice-management system's export, refreshed nightly)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Vaccination:
    given_on: date
    vaccine: str


@dataclass
class Pet:
    id: int
    name: str
    species: str
    registered_on: date
    vaccinations: list[Vaccination] = field(default_factory=list)


_PETS: dict[int, Pet] = {}


def reset() -> None:
    _PETS.clear()
    _PETS[1] = Pet(
        1,
        "Biscuit",
        "dog",
        date(2021, 5, 2),
        [Vaccination(date(2021, 6, 1), "DHPPi+L4"), Vaccination(date(2023, 6, 14), "L4 booster")],
    )
    _PETS[2] = Pet(2, "Mochi", "cat", date(2022, 9, 20), [Vaccination(date(2022, 10, 3), "RCP")])


def add(pet: Pet) -> Pet:
    _PETS[pet.id] = pet
    return pet


def get(pet_id: int) -> Pet | None:
    return _PETS.get(pet_id)


reset()

"""The thermostats of one household (the hub keeps these in its local SQLite file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from heating.schedule import Change


@dataclass
class Thermostat:
    id: int
    room: str
    programme: list[Change] = field(default_factory=list)
    away: bool = False


_THERMOSTATS: dict[int, Thermostat] = {}


def reset() -> None:
    _THERMOSTATS.clear()
    _THERMOSTATS[1] = Thermostat(
        1,
        "Living room",
        [
            Change(time(6, 30), 20.5),
            Change(time(9, 0), 18.0),
            Change(time(17, 0), 21.0),
            Change(time(22, 30), 16.0),
        ],
    )
    _THERMOSTATS[2] = Thermostat(
        2,
        "Bedroom",
        [Change(time(7, 0), 18.5), Change(time(21, 0), 17.0)],
    )


def get(thermostat_id: int) -> Thermostat | None:
    return _THERMOSTATS.get(thermostat_id)


reset()

"""Booking the kilns: members sign up a load, and the rota says when it can be unpacked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiln.schedule import PRESETS, firing_minutes, peak_temperature

#: The lid stays shut this long after the controller finishes, or the pots crack.
COOLING = timedelta(hours=12)

#: Lustre and other low firings may not share a kiln with a stoneware glaze load.
LOW_FIRE_LIMIT = 800


@dataclass(frozen=True)
class Load:
    member: str
    preset: str
    start: datetime

    @property
    def ready_at(self) -> datetime:
        """When the load can be unpacked: the whole firing, then COOLING with the lid shut."""
        minutes = firing_minutes(PRESETS[self.preset])
        return self.start + timedelta(minutes=minutes) + COOLING

    @property
    def low_fire(self) -> bool:
        return peak_temperature(PRESETS[self.preset]) <= LOW_FIRE_LIMIT


def rota(loads: list[Load]) -> list[str]:
    """One line a load for the notice board, earliest start first."""
    return [
        f"{load.start:%a %d %b %H:%M}  {load.member:<12} {load.preset:<7} "
        f"ready {load.ready_at:%a %H:%M}"
        for load in sorted(loads, key=lambda load: load.start)
    ]

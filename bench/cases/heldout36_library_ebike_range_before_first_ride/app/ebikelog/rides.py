"""What the bike's controller reports: the battery's state and the rides it has logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Battery:
    capacity_wh: float
    charge_percent: float

    @property
    def remaining_wh(self) -> float:
        return self.capacity_wh * self.charge_percent / 100


@dataclass(frozen=True)
class Ride:
    started: datetime
    distance_km: float
    energy_wh: float


def rides_from_sync(payload: dict[str, Any]) -> list[Ride]:
    """The rides in a controller sync, oldest first (the controller sends newest first)."""
    rides = [
        Ride(
            started=datetime.fromisoformat(item["started"]),
            distance_km=float(item["km"]),
            energy_wh=float(item["wh"]),
        )
        for item in payload.get("rides", [])
    ]
    return sorted(rides, key=lambda ride: ride.started)

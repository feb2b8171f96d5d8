"""The figures on the app's home screen, sent as JSON to the phone."""

from __future__ import annotations

from collections.abc import Sequence

from ebikelog.estimates import range_km, recent_consumption_wh_per_km
from ebikelog.rides import Battery, Ride


def dashboard(battery: Battery, rides: Sequence[Ride]) -> dict[str, float | int]:
    return {
        "charge_percent": battery.charge_percent,
        "range_km": range_km(battery, rides),
        "recent_wh_per_km": round(recent_consumption_wh_per_km(rides), 1),
        "rides": len(rides),
        "total_km": round(sum(ride.distance_km for ride in rides), 1),
    }

"""Range and charge estimates from the rider's own consumption."""

from __future__ import annotations

from collections.abc import Sequence

from ebikelog.rides import Battery, Ride

#: The maker's rated consumption (Wh per km, "tour" assist, 75 kg rider). Estimates use
#: it until the rider has logged some distance: a bike fresh out of the box has no
#: history of its own, and its range is still what the box says.
RATED_WH_PER_KM = 9.0

#: How many of the latest rides the dashboard's "recent" figure looks at.
RECENT_RIDES = 5


def consumption_wh_per_km(rides: Sequence[Ride]) -> float:
    """The rider's average consumption over all their logged rides."""
    distance = sum(ride.distance_km for ride in rides)
    energy = sum(ride.energy_wh for ride in rides)
    return energy / distance


def recent_consumption_wh_per_km(rides: Sequence[Ride]) -> float:
    """Average consumption over the last RECENT_RIDES rides."""
    recent = rides[-RECENT_RIDES:]
    distance = sum(ride.distance_km for ride in recent)
    if not distance:
        return RATED_WH_PER_KM
    return sum(ride.energy_wh for ride in recent) / distance


def range_km(battery: Battery, rides: Sequence[Ride]) -> float:
    """How far the battery's remaining charge goes at the rider's consumption, in km."""
    return round(battery.remaining_wh / consumption_wh_per_km(rides), 1)


def charge_for_trip_wh(trip_km: float, rides: Sequence[Ride]) -> float:
    """The energy a trip of ``trip_km`` needs at the rider's consumption."""
    return round(trip_km * consumption_wh_per_km(rides), 1)

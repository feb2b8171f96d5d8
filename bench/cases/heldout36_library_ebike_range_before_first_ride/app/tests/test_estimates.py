from datetime import datetime, timedelta

import pytest

from ebikelog.dashboard import dashboard
from ebikelog.estimates import (
    RATED_WH_PER_KM,
    charge_for_trip_wh,
    consumption_wh_per_km,
    range_km,
    recent_consumption_wh_per_km,
)
from ebikelog.rides import Battery, Ride, rides_from_sync

START = datetime(2024, 4, 1, 8, 0)


def ride(day: int, km: float, wh: float) -> Ride:
    return Ride(START + timedelta(days=day), km, wh)


def test_battery_remaining() -> None:
    assert Battery(500, 80).remaining_wh == 400


def test_consumption_over_all_rides() -> None:
    assert consumption_wh_per_km([ride(0, 10, 80), ride(1, 30, 320)]) == 10.0


def test_recent_consumption_uses_the_last_rides() -> None:
    rides = [ride(0, 10, 200)] + [ride(day, 10, 100) for day in range(1, 6)]
    assert recent_consumption_wh_per_km(rides) == 10.0
    assert recent_consumption_wh_per_km([]) == RATED_WH_PER_KM


def test_range_and_trip_charge() -> None:
    rides = [ride(0, 20, 200)]
    assert range_km(Battery(500, 50), rides) == 25.0
    assert charge_for_trip_wh(12.5, rides) == 125.0


def test_dashboard() -> None:
    rides = [ride(0, 12, 96), ride(1, 8, 64)]
    assert dashboard(Battery(625, 40), rides) == {
        "charge_percent": 40,
        "range_km": 31.2,
        "recent_wh_per_km": 8.0,
        "rides": 2,
        "total_km": 20,
    }


def test_rides_from_sync_oldest_first() -> None:
    payload = {
        "rides": [
            {"started": "2024-04-02T07:30:00", "km": "5.5", "wh": 48},
            {"started": "2024-04-01T18:00:00", "km": 3, "wh": "30.5"},
        ]
    }
    assert [r.distance_km for r in rides_from_sync(payload)] == pytest.approx([3.0, 5.5])
    assert rides_from_sync({}) == []

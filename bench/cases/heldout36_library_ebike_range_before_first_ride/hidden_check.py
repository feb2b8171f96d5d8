from datetime import datetime

from ebikelog.dashboard import dashboard
from ebikelog.estimates import charge_for_trip_wh, consumption_wh_per_km, range_km
from ebikelog.rides import Battery, Ride


def test_no_history_uses_the_rated_consumption() -> None:
    assert consumption_wh_per_km([]) == 9.0
    assert range_km(Battery(625, 96), []) == 66.7
    assert charge_for_trip_wh(20, []) == 180.0


def test_rides_without_distance_are_no_history_either() -> None:
    parked = [Ride(datetime(2024, 4, 1, 9, 0), 0.0, 0.0)]
    assert consumption_wh_per_km(parked) == 9.0
    assert range_km(Battery(500, 90), parked) == 50.0


def test_new_bike_dashboard() -> None:
    assert dashboard(Battery(625, 96), []) == {
        "charge_percent": 96,
        "range_km": 66.7,
        "recent_wh_per_km": 9.0,
        "rides": 0,
        "total_km": 0,
    }


def test_logged_rides_still_use_the_riders_own_figure() -> None:
    rides = [Ride(datetime(2024, 4, 1, 9, 0), 20.0, 240.0)]
    assert consumption_wh_per_km(rides) == 12.0
    assert range_km(Battery(600, 50), rides) == 25.0

"""Items the documentation leaves out of a rate are filtered from it, not given a rate of 0."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.empty_guards import EmptyGuard
from bugstack.repair.candidates.excluded_divisors import ExcludedDivisors
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

RIDES = '''
    from dataclasses import dataclass


    @dataclass
    class Ride:
        km: float
        moving_seconds: int


    def average_speed(rides: list[Ride]) -> float | None:
        """The mean of the ride speeds in km/h, to 0.1.

        Rides entered by hand have no moving time: they count in the kilometres, but not
        in the average speed, which is taken over the timed rides only. None when there is
        no timed ride.
        """
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        return round(sum(speeds) / len(speeds), 1)
'''
MESSAGE = "float division by zero"
VALUES = {"rides": "[Ride(km=26.0, moving_seconds=3600), Ride(km=12.0, moving_seconds=0)]"}


def _propose(tmp_path: Path, source: str = RIDES) -> list[object]:
    site, analysis = crash_at(tmp_path, {"club/rides.py": source}, "club/rides.py",
                              "speeds = [", "ZeroDivisionError", MESSAGE, VALUES)
    return list(ExcludedDivisors().propose(site, analysis))


def test_the_untimed_rides_are_left_out_and_none_left_answers_none(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(RIDES).lstrip("\n")
    after = before.replace(
        "for ride in rides]\n",
        "for ride in rides if ride.moving_seconds]\n    if not speeds:\n        return None\n")
    assert after != before
    assert candidate.edits == {"club/rides.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # Nothing leaves the untimed rides out of the average.
    ("but not\n        in the average speed, which is taken over the timed rides only",
     "and in\n        the average speed"),
    # They count, as 0.
    ("which is taken over the timed rides only.", "where they count as 0."),
    # The sentence is about something else than the moving time.
    ("Rides entered by hand have no moving time", "Rides entered by hand have no route"),
    # The average divides by every ride: filtered speeds would no longer match the count.
    ("return round(sum(speeds) / len(speeds), 1)", "return round(sum(speeds) / len(rides), 1)"),
    # No answer for a rider without a timed ride is documented.
    (" None when there is\n        no timed ride.", ""),
    # Only summed: the caller may divide the sum by every ride.
    ("return round(sum(speeds) / len(speeds), 1)", "return round(sum(speeds), 1)"),
    # Never left out.
    ("but not\n        in the average speed",
     "and are never excluded from\n        the average speed"),
    # Another sentence gives them a value.
    ("None when there is\n        no timed ride.", "They count as 0 km/h. None when there is\n"
     "        no timed ride."),
    # A ride without a moving time is refused elsewhere in the docstring.
    ("None when there is\n        no timed ride.", "A ride whose moving time is 0 is a broken "
     "upload. None\n        when there is no timed ride."),
    # The speeds are paired with the rides by position.
    ("return round(sum(speeds) / len(speeds), 1)",
     "return max(zip(speeds, rides))[0] if speeds else None"),
    # Not a list kept in a name: the count beside it would still hold every ride.
    ("speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]\n"
     "        return round(sum(speeds) / len(speeds), 1)",
     "return sum(ride.km / (ride.moving_seconds / 3600) for ride in rides) / len(rides)"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = RIDES.replace(old, new)
    assert source != RIDES
    needle = "speeds = [" if "speeds = [" in source else "return sum("
    site, analysis = crash_at(tmp_path, {"club/rides.py": source}, "club/rides.py", needle,
                              "ZeroDivisionError", MESSAGE, VALUES)
    assert list(ExcludedDivisors().propose(site, analysis)) == []


def test_no_guard_reads_a_name_the_comprehension_binds(tmp_path: Path) -> None:
    """``if not ride.moving_seconds / 3600`` in front of the statement reads a name that
    exists only inside the comprehension, and ``if not 3600`` guards nothing."""
    site, analysis = crash_at(tmp_path, {"club/rides.py": RIDES}, "club/rides.py",
                              "speeds = [", "ZeroDivisionError", MESSAGE, VALUES)
    proposed = list(EmptyGuard().propose(site, analysis))
    new_lines = [line.strip() for c in proposed for line in c.edits["club/rides.py"].splitlines()
                 if line.strip().startswith("if not")]
    assert not any("ride." in line or "3600" in line for line in new_lines), new_lines


def test_end_to_end_a_hand_entered_ride_leaves_the_average_of_the_timed_ones(
        tmp_path: Path) -> None:
    tests = '''
        from club.rides import Ride, average_speed


        def test_timed_rides() -> None:
            assert average_speed([Ride(26.0, 3600), Ride(15.0, 1800)]) == 28.0
    '''
    imports = "from club.rides import Ride, average_speed\n"
    call = "average_speed([Ride(26.0, 3600), Ride(30.0, 3600), Ride(12.0, 0)])"
    check = imports + f"assert {call} == 28.0\nassert average_speed([Ride(9.0, 0)]) is None\n"
    data = fix_and_check(tmp_path, app_files("club", "rides", RIDES, tests),
                         imports + call, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "excluded-divisors"

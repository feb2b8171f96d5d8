"""Twenty-sixth adversarial review: items left out of a rate, and pairs made across a gap.

Two rules are under review:

* ``excluded-divisors`` (``candidates/excluded_divisors.py``): a ZeroDivisionError in a
  comprehension kept in a name, ``speeds = [ride.km / (ride.moving_seconds / 3600) for
  ride in rides]``, whose function's docstring has a sentence naming the items, a word of
  the zero field and a word leaving them out ("not in the average", "taken over the timed
  rides only", "excluded from", "left out of") without "as 0": the comprehension gets
  ``if ride.moving_seconds``, and, when the list is then averaged, ``if not speeds:`` /
  the documented answer in front of the next statement;
* ``pairs-across-gaps`` (``candidates/pairwise_gaps.py``, and ``candidates/skips.py``
  which keeps it and unbacks every ``continue``): a TypeError about None on a field of
  the pair of ``for a, b in zip(xs, xs[1:])`` or ``pairwise(xs)``, the loop reading no
  other field of the pair, and a docstring sentence naming the items, a word beginning
  with the field's name, a word leaving them out and a bridge ("nearest", "either side",
  "across the gap", "the previous one that has"): the pairs are made from
  ``xs_with_field``.

Each trap is a small app whose crash is the rule's case while its words or its code give
another answer; the hidden assertion checks the behaviour a careful reviewer expects, and
a declined fix passes.

Wrong-fix traps, ``excluded-divisors``:

* ``test_the_ride_count_was_taken_before_the_speeds``: ``count = len(rides)`` is taken
  in front of the comprehension (only later counts are looked for); the average of the
  timed rides is divided by every ride;
* ``test_the_speeds_are_zipped_with_the_riders``: the filtered speeds are zipped with a
  generator over every ride: a hand-entered ride's rider gets the next rider's speed;
* ``test_hand_entered_rides_are_never_excluded_from_the_average``: "never excluded from
  the average: they count at the club's standard pace of 20 km/h";
* ``test_pickers_count_as_zero_in_the_next_sentence``: the sentence leaves the pickers
  who forgot to scan in out of the bonus list; the next one says they count as 0 items
  an hour in the team's rate (the "as 0" is looked for in the chosen sentence only);
* ``test_no_moving_distance_is_not_no_moving_time``: the sentence that leaves rides out
  is about the trainer's "moving distance" (``moving_km``), sharing "moving" with
  ``moving_seconds``; a ride without a moving time is a broken upload that must raise;
* ``test_the_caller_divides_the_sum_by_every_ride``: the crashing function only sums the
  speeds; its caller divides by ``len(rides)``, in another function;
* ``test_a_month_of_hand_entered_rides_still_has_its_kilometres``: the documented None
  is the ``avg_kmh`` of a month without a timed ride, which the code already answers;
  the fix's ``if not speeds: return None`` blanks the whole month's summary.

Wrong-fix traps, ``pairs-across-gaps``:

* ``test_the_climb_rate_is_divided_by_the_logging_interval``: the climb between the
  points either side of a dropout is divided by the logging interval of one step: the
  steepest climb doubles;
* ``test_the_daily_use_is_zipped_with_the_days``: the per-pair list is zipped with the
  days of ``readings[1:]``: the unread day gets the use, the last day loses its own;
* ``test_a_cleaning_is_not_measured_between_the_readings_either_side``: "the rise is not
  measured between the nearest readings either side" (only "not across" is read as a
  refusal);
* ``test_nearest_is_the_rounding_not_the_readings``: "skipped" is about the intervals
  that touch an unread reading, "nearest" about rounding to the nearest kWh;
* ``test_electric_assist_is_not_elevation``: the sentence that bridges is about points
  without electric-assist data (``electric`` begins with ``ele``); a point without an
  elevation ends the climb;
* ``test_the_route_map_keeps_the_points_without_an_elevation``: the pair is also kept
  as a line of the route map, which the docstring says draws every point;
* ``test_readings_never_skipped_are_filled_in``: "never skipped: they are filled in
  halfway between the nearest readings either side": the peak day is a two-day use.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_campaigns_without_visits_are_excluded_from_the_mean``: conversion
  rates, ``statistics.mean`` and "Returns None when no campaign has had a visit";
* ``test_over_block_a_water_meter_read_with_pairwise``: ``pairwise(readings)``, "ignored"
  and "the previous reading that has one";
* ``test_over_block_a_field_named_with_its_unit``: ``altitude_m``: the docstring's
  "altitude" is the field, but ``"altitude".startswith("altitude_m")`` is false.

As written, 15 of the 17 fail. 13 of the 14 wrong-fix traps are reported ``fixed``, each
with the wrong behaviour: 6 by ``excluded-divisors`` and all 7 by ``pairs-across-gaps``.
The month's summary is declined (``not_fixed``: no documented answer backs a
``return None`` from a function annotated ``-> dict[str, object]``). Two over-block
checks end ``unverified``. The campaigns: ``documented.py``'s ``_documented_absence``
reads "have had no visits, and are excluded from the mean" as an answer that refuses
nothing ("excluded" is not one of its refusal words; with "left out of" the fix is
reported), so it takes the backing from the ``return None``. The ``altitude_m`` fixes:
``pairs-across-gaps`` is never proposed, and only ``none-guard``'s disagreeing guards are
left. The ``pairwise`` water meter is fixed.

All pass since `excluded_divisors.py`, `pairwise_gaps.py` and `documented.py` were tightened
(same commit).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- excluded-divisors: the words or the code give another answer -------------------------

COUNTED_FIRST = '''
    """The club's monthly figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ride:
        km: float
        moving_seconds: int


    def month(rides: list[Ride]) -> dict[str, object]:
        """The month's ``rides`` (how many), ``km`` and ``avg_kmh``.

        Rides entered by hand have no moving time: they count in the rides and the
        kilometres, but not in the average speed, which is taken over the timed rides only.
        """
        count = len(rides)
        km = round(sum(ride.km for ride in rides), 1)
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        return {"rides": count, "km": km, "avg_kmh": round(sum(speeds) / count, 1)}
'''

COUNTED_FIRST_TESTS = '''
    from club.rides import Ride, month


    def test_month() -> None:
        assert month([Ride(26.0, 3600), Ride(15.0, 1800)]) == {
            "rides": 2, "km": 41.0, "avg_kmh": 28.0}
'''


def test_the_ride_count_was_taken_before_the_speeds(tmp_path: Path) -> None:
    # `count = len(rides)` comes before the comprehension; the filtered speeds are still
    # divided by every ride, hand-entered ones too.
    imports = "from club.rides import Ride, month\n"
    call = "month([Ride(26.0, 3600), Ride(30.0, 3600), Ride(12.0, 0)])"
    _shown(fix_and_check(
        tmp_path, _app("club", "rides", COUNTED_FIRST, COUNTED_FIRST_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"rides": 3, "km": 68.0, "avg_kmh": 28.0}',
                             "the timed rides' speeds divided by every ride")))


RANKING = '''
    """The club's speed ranking."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ride:
        rider: str
        km: float
        moving_seconds: int


    def ranking(rides: list[Ride]) -> list[tuple[str, float]]:
        """The riders by speed, fastest first: ``(rider, km/h)``.

        Rides entered by hand have no moving time and are left out of the ranking, which
        is taken over the timed rides only.
        """
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        ranked = sorted(zip((ride.rider for ride in rides), speeds), key=lambda p: -p[1])
        return [(rider, round(kmh, 1)) for rider, kmh in ranked]
'''

RANKING_TESTS = '''
    from club.ranking import Ride, ranking


    def test_ranking() -> None:
        assert ranking([Ride("Bo", 26.0, 3600), Ride("Cy", 15.0, 1800)]) == [
            ("Cy", 30.0), ("Bo", 26.0)]
'''


def test_the_speeds_are_zipped_with_the_riders(tmp_path: Path) -> None:
    # The filtered speeds are zipped with every ride's rider: Ann, who typed her ride in,
    # takes Bo's speed and Bo takes Cy's.
    imports = "from club.ranking import Ride, ranking\n"
    call = 'ranking([Ride("Ann", 12.0, 0), Ride("Bo", 26.0, 3600), Ride("Cy", 30.0, 3600)])'
    _shown(fix_and_check(
        tmp_path, _app("club", "ranking", RANKING, RANKING_TESTS), imports + call,
        imports + _raises_or(call, 'got == [("Cy", 30.0), ("Bo", 26.0)]',
                             "a speed given to the wrong rider")))


STANDARD_PACE = '''
    """The club's monthly figures."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The pace a ride entered by hand is counted at.
    STANDARD_KMH = 20.0


    @dataclass(frozen=True)
    class Ride:
        km: float
        moving_seconds: int


    def average_speed(rides: list[Ride]) -> float | None:
        """The mean of the ride speeds in km/h, to 0.1. None when there is no ride.

        Rides entered by hand have no moving time, but they are never excluded from the
        average speed: they count at the club's standard pace, ``STANDARD_KMH``.
        """
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        return round(sum(speeds) / len(speeds), 1) if speeds else None
'''

STANDARD_PACE_TESTS = '''
    from club.rides import Ride, average_speed


    def test_average_speed() -> None:
        assert average_speed([Ride(26.0, 3600), Ride(15.0, 1800)]) == 28.0
        assert average_speed([]) is None
'''


def test_hand_entered_rides_are_never_excluded_from_the_average(tmp_path: Path) -> None:
    # "never excluded from the average": a hand-entered ride counts at 20 km/h.
    imports = "from club.rides import Ride, average_speed\n"
    call = "average_speed([Ride(26.0, 3600), Ride(12.0, 0)])"
    _shown(fix_and_check(
        tmp_path, _app("club", "rides", STANDARD_PACE, STANDARD_PACE_TESTS), imports + call,
        imports + _raises_or(call, "got == 23.0",
                             "a hand-entered ride left out of the average")))


PICKING = '''
    """The warehouse's picking figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Picker:
        name: str
        items: int
        scanned_minutes: int


    def team_rate(pickers: list[Picker]) -> float | None:
        """The team's picking rate: the mean of its pickers' items an hour, to 0.1. None
        when nobody is on shift.

        Pickers who forgot to scan in have no scanned time and are left out of the bonus
        list. In the team's rate they count as 0 items an hour, so that the missing scans
        show on the team's figure.
        """
        rates = [picker.items / (picker.scanned_minutes / 60) for picker in pickers]
        return round(sum(rates) / len(rates), 1) if rates else None
'''

PICKING_TESTS = '''
    from depot.picking import Picker, team_rate


    def test_team_rate() -> None:
        assert team_rate([Picker("Ann", 120, 60), Picker("Bo", 50, 30)]) == 110.0
        assert team_rate([]) is None
'''


def test_pickers_count_as_zero_in_the_next_sentence(tmp_path: Path) -> None:
    # The sentence leaving the pickers out is about the bonus list; the next one counts
    # them as 0 items an hour in the team's rate.
    imports = "from depot.picking import Picker, team_rate\n"
    call = 'team_rate([Picker("Ann", 120, 60), Picker("Bo", 80, 0)])'
    _shown(fix_and_check(
        tmp_path, _app("depot", "picking", PICKING, PICKING_TESTS), imports + call,
        imports + _raises_or(call, "got == 60.0",
                             "a picker who forgot to scan in left out of the team's rate")))


TRAINER = '''
    """The club's monthly figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ride:
        moving_km: float
        moving_seconds: int


    def average_speed(rides: list[Ride]) -> float | None:
        """The mean speed of the month's rides in km/h, to 0.1. None when there is no ride.

        Rides on the indoor trainer cover no moving distance, so they are left out of the
        kilometre table. A ride without a moving time is a broken upload: it raises, and
        the app asks the rider for the file again.
        """
        speeds = [ride.moving_km / (ride.moving_seconds / 3600) for ride in rides]
        return round(sum(speeds) / len(speeds), 1) if speeds else None
'''

TRAINER_TESTS = '''
    from club.rides import Ride, average_speed


    def test_average_speed() -> None:
        assert average_speed([Ride(26.0, 3600), Ride(15.0, 1800)]) == 28.0
        assert average_speed([]) is None
'''


def test_no_moving_distance_is_not_no_moving_time(tmp_path: Path) -> None:
    # The sentence that leaves rides out is about `moving_km` (the trainer's); a ride
    # without a moving time is a broken upload, which must raise.
    imports = "from club.rides import Ride, average_speed\n"
    call = "average_speed([Ride(26.0, 3600), Ride(31.0, 0)])"
    _shown(fix_and_check(
        tmp_path, _app("club", "rides", TRAINER, TRAINER_TESTS), imports + call,
        imports + _raises_or(call, "False",
                             "a broken upload averaged instead of raising")))


SPEED_TOTAL = '''
    """The club's average speed."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ride:
        km: float
        moving_seconds: int


    def speed_total(rides: list[Ride]) -> float:
        """The sum of the rides' speeds in km/h, for the club's average.

        Rides entered by hand have no moving time and are left out of the average speed.
        """
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        return sum(speeds)


    def club_average(rides: list[Ride]) -> float:
        """The club's average speed over the month's rides, to 0.1 km/h."""
        return round(speed_total(rides) / len(rides), 1)
'''

SPEED_TOTAL_TESTS = '''
    from club.speeds import Ride, club_average


    def test_club_average() -> None:
        assert club_average([Ride(26.0, 3600), Ride(15.0, 1800)]) == 28.0
'''


def test_the_caller_divides_the_sum_by_every_ride(tmp_path: Path) -> None:
    # The crashing function only sums; the caller divides by `len(rides)`, hand-entered
    # rides included: the club's average is halved.
    imports = "from club.speeds import Ride, club_average\n"
    call = "club_average([Ride(26.0, 3600), Ride(12.0, 0)])"
    _shown(fix_and_check(
        tmp_path, _app("club", "speeds", SPEED_TOTAL, SPEED_TOTAL_TESTS), imports + call,
        imports + _raises_or(call, "got == 26.0",
                             "the timed rides' speeds divided by every ride")))


SUMMARY = '''
    """The club's monthly figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ride:
        km: float
        moving_seconds: int


    def month(rides: list[Ride]) -> dict[str, object]:
        """The month's ``rides`` (how many), ``km`` and ``avg_kmh``.

        Rides entered by hand have no moving time: they count in the rides and the
        kilometres, but not in the average speed, which is taken over the timed rides only.
        The average speed is None when there is no timed ride.
        """
        ride_count = len(rides)
        total_km = round(sum(ride.km for ride in rides), 1)
        speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
        average = round(sum(speeds) / len(speeds), 1) if speeds else None
        return {"rides": ride_count, "km": total_km, "avg_kmh": average}
'''

SUMMARY_TESTS = '''
    from club.rides import Ride, month


    def test_month() -> None:
        assert month([Ride(26.0, 3600), Ride(15.0, 1800)]) == {
            "rides": 2, "km": 41.0, "avg_kmh": 28.0}
        assert month([]) == {"rides": 0, "km": 0, "avg_kmh": None}
'''


def test_a_month_of_hand_entered_rides_still_has_its_kilometres(tmp_path: Path) -> None:
    # The None is the average's, which the code already answers; `if not speeds: return
    # None` blanks the whole summary of a month whose rides were all typed in.
    imports = "from club.rides import Ride, month\n"
    trigger = "month([Ride(26.0, 3600), Ride(12.0, 0)])"
    call = "month([Ride(12.0, 0), Ride(8.0, 0)])"
    _shown(fix_and_check(
        tmp_path, _app("club", "rides", SUMMARY, SUMMARY_TESTS), imports + trigger,
        imports + _raises_or(call, 'got == {"rides": 2, "km": 20.0, "avg_kmh": None}',
                             "a month of hand-entered rides without its summary")))


# --- pairs-across-gaps: the pair means more than two values, or the words refuse it -------

CLIMB_RATE = '''
    """A ride's climbing figures."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The watch logs a point every 10 seconds.
    INTERVAL_S = 10


    @dataclass(frozen=True)
    class Point:
        #: Metres; None when the barometer dropped out.
        ele: float | None


    def steepest_climb(points: list[Point]) -> float:
        """The steepest climb of the ride, in metres a minute.

        Points without an elevation are passed over: the climb is measured between the
        nearest points either side that have one.
        """
        steepest = 0.0
        for before, after in zip(points, points[1:]):
            steepest = max(steepest, (after.ele - before.ele) / INTERVAL_S * 60)
        return round(steepest, 1)
'''

CLIMB_RATE_TESTS = '''
    from ride.climb import Point, steepest_climb


    def test_steepest_climb() -> None:
        assert steepest_climb([Point(100.0), Point(102.0), Point(103.0)]) == 12.0
'''


def test_the_climb_rate_is_divided_by_the_logging_interval(tmp_path: Path) -> None:
    # Across the dropout the climb spans two intervals, and is divided by one: 4 m in
    # 20 s is 12 m a minute, not 24.
    imports = "from ride.climb import Point, steepest_climb\n"
    call = "steepest_climb([Point(100.0), Point(None), Point(104.0), Point(105.0)])"
    _shown(fix_and_check(
        tmp_path, _app("ride", "climb", CLIMB_RATE, CLIMB_RATE_TESTS), imports + call,
        imports + _raises_or(call, "got == 12.0",
                             "a climb over two intervals divided by one")))


DAILY_USE = '''
    """The household's electricity use."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Reading:
        day: int
        #: The meter's figure; None when it could not be read.
        kwh: float | None


    def daily_use(readings: list[Reading]) -> dict[int, float]:
        """Each day's use, ``{day: kWh}``, from its reading and the one before.

        Readings without a kWh figure are skipped: the use is measured between the
        nearest readings either side that have one.
        """
        used = []
        for earlier, later in zip(readings, readings[1:]):
            used.append(round(later.kwh - earlier.kwh, 1))
        return dict(zip((reading.day for reading in readings[1:]), used))
'''

DAILY_USE_TESTS = '''
    from meter.usage import Reading, daily_use


    def test_daily_use() -> None:
        got = daily_use([Reading(1, 100.0), Reading(2, 110.0), Reading(3, 130.0)])
        assert got == {2: 10.0, 3: 20.0}
'''


def test_the_daily_use_is_zipped_with_the_days(tmp_path: Path) -> None:
    # The per-pair list is zipped with the days of every reading after the first: the
    # unread day 2 is given the use up to day 3, and day 4 loses its own.
    imports = "from meter.usage import Reading, daily_use\n"
    call = ("daily_use([Reading(1, 100.0), Reading(2, None), Reading(3, 130.0), "
            "Reading(4, 135.0)])")
    _shown(fix_and_check(
        tmp_path, _app("meter", "usage", DAILY_USE, DAILY_USE_TESTS), imports + call,
        imports + _raises_or(call, "got.get(3) == 30.0 and got.get(4) == 5.0",
                             "the use given to the wrong days")))


GAUGE = '''
    """The river gauge's figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Reading:
        hour: int
        #: Metres above the gauge's zero; None while the sensor is being cleaned.
        level: float | None


    def total_rise(readings: list[Reading]) -> float:
        """How far the river rose over the readings, in metres: the rises added up.

        Readings without a level are skipped, and the rise is not measured between the
        nearest readings either side: a cleaning resets the sensor's zero.
        """
        rise = 0.0
        for earlier, later in zip(readings, readings[1:]):
            rise += max(0.0, later.level - earlier.level)
        return round(rise, 2)
'''

GAUGE_TESTS = '''
    from river.gauge import Reading, total_rise


    def test_total_rise() -> None:
        assert total_rise([Reading(1, 1.0), Reading(2, 1.2), Reading(3, 1.1)]) == 0.2
'''


def test_a_cleaning_is_not_measured_between_the_readings_either_side(tmp_path: Path) -> None:
    # "not measured between the nearest readings either side": the sensor's zero moved.
    imports = "from river.gauge import Reading, total_rise\n"
    call = ("total_rise([Reading(1, 1.0), Reading(2, 1.2), Reading(3, None), "
            "Reading(4, 3.0), Reading(5, 3.1)])")
    _shown(fix_and_check(
        tmp_path, _app("river", "gauge", GAUGE, GAUGE_TESTS), imports + call,
        imports + _raises_or(call, "got == 0.3",
                             "a rise measured across a cleaning that moved the zero")))


METERED = '''
    """The use billed on the meter."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Reading:
        day: int
        #: The meter's figure; None when it could not be read.
        kwh: float | None


    def metered_use(readings: list[Reading]) -> int:
        """The use billed on the meter, in whole kWh.

        Intervals that touch a reading without a kWh figure are skipped (they are billed
        on the estimate instead), and each interval's use is rounded to the nearest kWh.
        """
        used = 0
        for earlier, later in zip(readings, readings[1:]):
            used += round(later.kwh - earlier.kwh)
        return used
'''

METERED_TESTS = '''
    from meter.billing import Reading, metered_use


    def test_metered_use() -> None:
        assert metered_use([Reading(1, 100.0), Reading(2, 110.4), Reading(3, 115.6)]) == 15
'''


def test_nearest_is_the_rounding_not_the_readings(tmp_path: Path) -> None:
    # "skipped" is about the intervals touching the unread reading (billed on the
    # estimate), "nearest" about rounding: the gap is billed twice.
    imports = "from meter.billing import Reading, metered_use\n"
    call = ("metered_use([Reading(1, 100.0), Reading(2, 110.4), Reading(3, None), "
            "Reading(4, 130.0), Reading(5, 135.2)])")
    _shown(fix_and_check(
        tmp_path, _app("meter", "billing", METERED, METERED_TESTS), imports + call,
        imports + _raises_or(call, "got == 15",
                             "the estimated interval billed on the meter too")))


ASCENT = '''
    """An e-bike ride's page."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Point:
        #: The motor's battery, per cent; None when the bike sent no assist data.
        battery: float | None
        #: Metres; None when the barometer dropped out.
        ele: float | None


    def ascent(points: list[Point]) -> float:
        """The ride's total ascent, in metres.

        As on every figure of the ride page, points without electric-assist data are
        skipped: the battery use is measured between the nearest points either side that
        have one. A point without an elevation ends the climb: the barometer re-zeroes
        after a dropout, so ascent is never added up over one.
        """
        climbed = 0.0
        for before, after in zip(points, points[1:]):
            climbed += max(0.0, after.ele - before.ele)
        return round(climbed, 1)
'''

ASCENT_TESTS = '''
    from ride.page import Point, ascent


    def test_ascent() -> None:
        assert ascent([Point(90, 100.0), Point(89, 103.0), Point(88, 101.0)]) == 3.0
'''


def test_electric_assist_is_not_elevation(tmp_path: Path) -> None:
    # The bridging sentence is about the electric-assist data (`electric` begins with
    # `ele`); a point without an elevation ends the climb, and the barometer's new zero
    # is not climbed.
    imports = "from ride.page import Point, ascent\n"
    call = "ascent([Point(90, 100.0), Point(89, None), Point(88, 150.0), Point(87, 152.0)])"
    _shown(fix_and_check(
        tmp_path, _app("ride", "page", ASCENT, ASCENT_TESTS), imports + call,
        imports + _raises_or(call, "got == 2.0",
                             "ascent added up over a barometer dropout")))


ROUTE_MAP = '''
    """A ride's page: its ascent and its route map."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Point:
        lat: float
        lon: float
        #: Metres; None when the barometer dropped out.
        ele: float | None


    def ride_page(points: list[Point]) -> tuple[float, list[tuple[tuple[float, float], ...]]]:
        """The ride's ascent in metres, and the map's lines from each point to the next.

        Points without an elevation are passed over in the ascent: it is measured between
        the nearest points either side that have one. The map draws every point: a
        point's position is known even when its elevation is not.
        """
        ascent = 0.0
        lines = []
        for before, after in zip(points, points[1:]):
            ascent += max(0.0, after.ele - before.ele)
            lines.append((before, after))
        return round(ascent, 1), [((a.lat, a.lon), (b.lat, b.lon)) for a, b in lines]
'''

ROUTE_MAP_TESTS = '''
    from ride.page import Point, ride_page


    def test_ride_page() -> None:
        got = ride_page([Point(51.0, 0.0, 100.0), Point(51.1, 0.0, 104.0)])
        assert got == (4.0, [((51.0, 0.0), (51.1, 0.0))])
'''


def test_the_route_map_keeps_the_points_without_an_elevation(tmp_path: Path) -> None:
    # The pair is also a line of the map, which draws every point: made from the points
    # with an elevation, the map cuts the corner at the dropout.
    imports = "from ride.page import Point, ride_page\n"
    call = ("ride_page([Point(51.0, 0.0, 100.0), Point(51.1, 0.1, None), "
            "Point(51.2, 0.0, 110.0)])")
    _shown(fix_and_check(
        tmp_path, _app("ride", "page", ROUTE_MAP, ROUTE_MAP_TESTS), imports + call,
        imports + _raises_or(call, "got[1] == [((51.0, 0.0), (51.1, 0.1)), "
                                   "((51.1, 0.1), (51.2, 0.0))]",
                             "a point without an elevation dropped from the map")))


PEAK_DAY = '''
    """The household's electricity use."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Reading:
        day: int
        #: The meter's figure; None when it could not be read.
        kwh: float | None


    def peak_day(readings: list[Reading]) -> float:
        """The most electricity used in one day, in kWh; the meter is read every day.

        Readings without a kWh figure are never skipped: they are filled in halfway
        between the nearest readings either side that have one.
        """
        peak = 0.0
        for earlier, later in zip(readings, readings[1:]):
            peak = max(peak, later.kwh - earlier.kwh)
        return round(peak, 1)
'''

PEAK_DAY_TESTS = '''
    from meter.peaks import Reading, peak_day


    def test_peak_day() -> None:
        assert peak_day([Reading(1, 100.0), Reading(2, 110.0), Reading(3, 122.0)]) == 12.0
'''


def test_readings_never_skipped_are_filled_in(tmp_path: Path) -> None:
    # "never skipped: filled in halfway": days 3 and 4 used 12 kWh each; made from the
    # readings either side, the two days are one day of 24.
    imports = "from meter.peaks import Reading, peak_day\n"
    call = ("peak_day([Reading(1, 100.0), Reading(2, 110.0), Reading(3, None), "
            "Reading(4, 134.0)])")
    _shown(fix_and_check(
        tmp_path, _app("meter", "peaks", PEAK_DAY, PEAK_DAY_TESTS), imports + call,
        imports + _raises_or(call, "got == 12.0",
                             "two days' use reported as one day's peak")))


# --- over-block checks: the words back the fix, and it must be reported -------------------

CAMPAIGNS = '''
    """The shop's marketing figures."""

    from __future__ import annotations

    import statistics
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Campaign:
        name: str
        orders: int
        visits: int


    def mean_conversion(campaigns: list[Campaign]) -> float | None:
        """The mean conversion rate of the campaigns, as a percentage to 0.1.

        Campaigns that have not started yet have had no visits, and are excluded from
        the mean. Returns None when no campaign has had a visit.
        """
        rates = [campaign.orders / campaign.visits * 100 for campaign in campaigns]
        return round(statistics.mean(rates), 1)
'''

CAMPAIGNS_TESTS = '''
    from shop.marketing import Campaign, mean_conversion


    def test_mean_conversion() -> None:
        assert mean_conversion([Campaign("a", 5, 100), Campaign("b", 3, 20)]) == 10.0
'''


def test_over_block_campaigns_without_visits_are_excluded_from_the_mean(
        tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: conversion rates instead of ride speeds, "excluded from the
    mean", ``statistics.mean`` and "Returns None when ..."."""
    imports = "from shop.marketing import Campaign, mean_conversion\n"
    call = 'mean_conversion([Campaign("a", 5, 100), Campaign("b", 0, 0)])'
    _fixed(fix_and_check(
        tmp_path, _app("shop", "marketing", CAMPAIGNS, CAMPAIGNS_TESTS), imports + call,
        imports + f"assert {call} == 5.0, {call}\n"
        'assert mean_conversion([Campaign("b", 0, 0)]) is None\n'
        'assert mean_conversion([Campaign("a", 5, 100), Campaign("c", 3, 20)]) == 10.0\n'))


WATER = '''
    """The water meter's figures."""

    from __future__ import annotations

    from dataclasses import dataclass
    from itertools import pairwise


    @dataclass(frozen=True)
    class Reading:
        day: int
        #: None when the meter was being swapped.
        litres: float | None


    def consumption(readings: list[Reading]) -> float:
        """The water used over the readings, in litres.

        Readings taken while the meter was being swapped carry no litres figure and are
        ignored: each change is worked out from the previous reading that has one.
        """
        used = 0.0
        for earlier, later in pairwise(readings):
            used += later.litres - earlier.litres
        return round(used, 1)
'''

WATER_TESTS = '''
    from water.meter import Reading, consumption


    def test_consumption() -> None:
        assert consumption([Reading(1, 1000.0), Reading(2, 1120.0), Reading(3, 1250.0)]) == 250.0
'''


def test_over_block_a_water_meter_read_with_pairwise(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: ``pairwise``, "ignored" and "the previous reading that has
    one": the water used across the swap is kept."""
    imports = "from water.meter import Reading, consumption\n"
    call = ("consumption([Reading(1, 1000.0), Reading(2, None), Reading(3, 1250.0), "
            "Reading(4, 1300.0)])")
    _fixed(fix_and_check(
        tmp_path, _app("water", "meter", WATER, WATER_TESTS), imports + call,
        imports + f"assert {call} == 300.0, {call}\n"))


ALTITUDE = '''
    """A hike's figures."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Fix:
        #: Metres above sea level; None when the GPS had too few satellites.
        altitude_m: float | None


    def ascent(fixes: list[Fix]) -> float:
        """The hike's total ascent, in metres.

        Fixes without an altitude are passed over: the climb is measured across the gap,
        between the nearest fixes either side that have one.
        """
        climbed = 0.0
        for before, after in zip(fixes, fixes[1:]):
            climbed += max(0.0, after.altitude_m - before.altitude_m)
        return round(climbed, 1)
'''

ALTITUDE_TESTS = '''
    from hike.track import Fix, ascent


    def test_ascent() -> None:
        assert ascent([Fix(100.0), Fix(120.0), Fix(110.0), Fix(130.0)]) == 40.0
'''


def test_over_block_a_field_named_with_its_unit(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's climb, the field ``altitude_m`` named with its
    unit: the docstring says "altitude"."""
    imports = "from hike.track import Fix, ascent\n"
    call = "ascent([Fix(100.0), Fix(None), Fix(150.0), Fix(152.0)])"
    _fixed(fix_and_check(
        tmp_path, _app("hike", "track", ALTITUDE, ALTITUDE_TESTS), imports + call,
        imports + f"assert {call} == 52.0, {call}\n"))

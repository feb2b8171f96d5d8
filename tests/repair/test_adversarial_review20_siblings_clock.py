"""Twentieth adversarial review: listed records, a function's answer, sibling guards,
yes/no docstrings and clock times past midnight.

Five new rules:

* ``listed_seeds`` (``reproduce/listed_records.py``): records a crashing frame listed
  from a module-level dict (``classes = store.classes_on(day)``) are put back under the
  key the store's one-statement writer uses, when the plain scenario does not reproduce;
* the "function" kind of ``sibling-get-default``: ``counts = store.booked_counts(ids)``
  read ``counts[c.id]`` takes the default a sibling reads the same function's answer
  with, whatever the arguments (``store.booked_counts({x}).get(x, 0)``);
* ``sibling-guarded-divisor`` (``candidates/sibling_guards.py``): a divisor a sibling of
  the module computes by the same code over other data and guards with ``if not NAME:
  return CONSTANT`` is guarded the same way before the crashed statement;
* ``predicate_answer`` (``predicate_answers.py``): an ``is_<word>`` ``-> bool`` whose
  docstring has a sentence with an absence word and "is <word>" answers True for a crash
  on None;
* ``hours-past-midnight`` (``candidates/hours_past_midnight.py``): ``strptime(TEXT,
  "%H:%M[:%S]")`` fed a time past 24:00 where the documentation near it writes one is
  replaced by an ``int`` split of the parts.

Each wrong-fix trap is a small app whose words give another answer; the hidden assertion
checks that behaviour, and a declined fix passes.

Wrong-fix traps, ``hours-past-midnight``:

* ``test_the_screen_shows_a_night_bus_on_the_wall_clock``: the docstring writes
  "25:10:00" to say the screen shows it as 01:10 (70 minutes); the split gives 1510 and
  the screen shows "24:35";
* ``test_a_booking_after_the_kitchen_closes_is_refused``: the docstring writes "24:30" to
  say such a time is refused with ValueError; the fix books a table at 00:30;
* ``test_a_minute_past_the_clock_is_no_time_past_midnight``: the feed's "07:65:00" is a
  typo; the captured text is ``row["departure_time"]``, not a local, so it is never
  checked, and the typo becomes a bus at 08:05.

Wrong-fix traps, ``predicate_answer``:

* ``test_a_room_closed_for_refurbishment_is_not_free``: "a room nobody has booked yet is
  free whenever it is open" is about bookings; the None is the room's hours, None while
  it is closed for refurbishment, and the fix offers it for booking;
* ``test_a_member_who_has_not_paid_is_not_let_in``: "a lifetime membership never
  expires, so its holder is active" is about ``expires_on`` None; the None is the
  membership of somebody who has not paid, and the turnstile opens for them;
* ``test_a_staff_loan_gets_no_reminder``: "a tool not returned yet is overdue once its
  due date has passed"; the None is a staff loan's agreement (no due date at all), and
  the warden is chased.

Wrong-fix traps, ``sibling-guarded-divisor``:

* ``test_a_new_bike_needs_its_rated_charge_not_none``: the sibling is the pace, whose 0.0
  is the dashboard's "--"; the consumption's documented answer is RATED_WH_PER_KM, and at
  0.0 a 12 km trip needs no charge;
* ``test_a_rider_who_only_rode_in_eco_gets_the_tour_rating``: the sibling's guard answers
  the eco rating for the eco rides; the crashed tour consumption takes it, and the range
  grows from 66.7 to 100 km;
* ``test_a_trip_that_never_moved_is_still_closed``: the crashed statement is an
  assignment followed by ``trip.closed = True``; the guard returns before the trip is
  closed.

Wrong-fix traps, ``sibling-get-default`` (function kind):

* ``test_the_theme_default_is_no_language``: ``store.preference(ids, "theme")`` and
  ``store.preference(ids, "language")`` are one function, two mappings: the newsletter
  goes out in the language "light";
* ``test_a_newcomer_is_published_unrated``: the pairing screen's provisional rating is
  documented as a pairing aid; the ladder documents a newcomer as unrated (null).

Wrong-fix trap, ``listed_seeds``:

* ``test_a_partner_gyms_class_is_not_seeded_as_our_own``: production listed the Pilates
  class from the partner's feed (a list, ``ours + partner``); the seed puts it into
  ``_CLASSES``, our own classes, where "nobody booked" is true, and the reproduction
  backs ``.get(c.id, 0)``; the timetable documents a partner class with a null
  ``spaces_left``.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_tool_with_no_loans_on_its_record``: the template's tool library,
  "a new tool, with no loans on its record, is available": "no" is not one of
  ``_ABSENCE``'s words;
* ``test_over_block_a_writer_that_returns_the_class``: the template's gym timetable, its
  writer documented and returning the class it stores: ``_key_attribute`` wants a
  one-statement body;
* ``test_over_block_an_hour_of_24_or_more``: the template's GTFS reader, its docstring
  saying "the hour ... is 24 or more" in words instead of writing "25:10:00".

As written (2026-11-27), all 15 fail: the 12 traps are each reported ``fixed`` with the
wrong behaviour (by ``hours-past-midnight``, ``none-guard`` with the predicate's True,
``sibling-guarded-divisor`` and ``sibling-get-default``), and the 3 over-block checks end
``unverified``, ``not_reproduced`` and ``not_fixed``.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown
from tests.repair.apps import capture_event, make_repo, run_fix

# --- hours-past-midnight: times past 24:00 that mean something else, or are refused -------

SCREEN = '''
    """The clock on the stop screens."""

    from __future__ import annotations

    from datetime import datetime


    def screen_minutes(value: str) -> int:
        """Minutes past midnight on the wall clock, for a GTFS ``HH:MM:SS`` departure time.

        GTFS writes a bus that leaves after midnight past 24:00:00, but the screen shows
        the clock on the wall: "25:10:00" is shown as 01:10, 70 minutes past midnight.
        """
        parsed = datetime.strptime(value.strip(), "%H:%M:%S")
        return parsed.hour * 60 + parsed.minute


    def screen_clock(value: str) -> str:
        """What the screen shows for a departure, "HH:MM"."""
        minutes = screen_minutes(value)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
'''

SCREEN_TESTS = '''
    from stops.screen import screen_clock, screen_minutes


    def test_screen_minutes() -> None:
        assert screen_minutes("07:05:00") == 425
        assert screen_minutes(" 23:59:59") == 1439


    def test_screen_clock() -> None:
        assert screen_clock("18:40:00") == "18:40"
'''


def test_the_screen_shows_a_night_bus_on_the_wall_clock(tmp_path: Path) -> None:
    # The docstring writes "25:10:00", but for a screen that shows the wall clock: 01:10,
    # 70 minutes past midnight. Read as numbers, it is 1510 minutes and shows "25:10".
    imports = "from stops.screen import screen_clock, screen_minutes\n"
    _shown(fix_and_check(
        tmp_path, _app("stops", "screen", SCREEN, SCREEN_TESTS),
        imports + 'screen_clock("24:35:00")',
        imports + _raises_or('screen_minutes("25:10:00")', "got == 70",
                             "a night bus shown past 24:00 on a wall clock")
        + _raises_or('screen_clock("24:35:00")', 'got == "00:35"',
                     "a night bus shown past 24:00 on a wall clock")))


BOOKINGS = '''
    """Table bookings from the restaurant's online form."""

    from __future__ import annotations

    from datetime import datetime


    def booking_minutes(value: str) -> int:
        """Minutes past midnight of a booking time from the form, written "HH:MM".

        The kitchen closes at midnight. The old form let guests type a time past 24:00
        ("24:30" for half past midnight); such a time is refused with ValueError, and the
        guest is asked for another.
        """
        parsed = datetime.strptime(value.strip(), "%H:%M")
        return parsed.hour * 60 + parsed.minute


    def import_bookings(rows: list[dict[str, str]]) -> list[tuple[str, int]]:
        """The old form's bookings, as (name, minutes) for the new table plan."""
        return [(row["name"], booking_minutes(row["time"])) for row in rows]
'''

BOOKINGS_TESTS = '''
    from bistro.tables import booking_minutes, import_bookings


    def test_booking_minutes() -> None:
        assert booking_minutes("19:30") == 1170
        assert booking_minutes("7:05") == 425


    def test_import_bookings() -> None:
        assert import_bookings([{"name": "Ann", "time": "20:15"}]) == [("Ann", 1215)]
'''


def test_a_booking_after_the_kitchen_closes_is_refused(tmp_path: Path) -> None:
    # The docstring writes "24:30" to say such a time is refused: the kitchen closes at
    # midnight. Read as numbers, a table is booked for half past midnight.
    imports = "from bistro.tables import booking_minutes, import_bookings\n"
    trigger = imports + ('import_bookings([{"name": "Ann", "time": "20:15"}, '
                         '{"name": "Bo", "time": "24:30"}])')
    check = imports + (
        "try:\n    got = booking_minutes('24:30')\nexcept ValueError:\n    pass\n"
        "else:\n    raise AssertionError(f'a booking past midnight taken: {got!r}')\n")
    _shown(fix_and_check(tmp_path, _app("bistro", "tables", BOOKINGS, BOOKINGS_TESTS),
                         trigger, check))


FEED = '''
    """Reading a GTFS feed's stop_times.txt for the stop screens."""

    from __future__ import annotations

    import csv
    import io
    from datetime import datetime


    def departures(stop_times: str, stop_id: str) -> list[int]:
        """Minutes from the start of the service day of each departure from ``stop_id``.

        GTFS counts times from the start of the service day: a bus of the evening's
        timetable that leaves after midnight is written past 24:00:00 ("25:10:00" is ten
        past one the next morning).
        """
        found = []
        for row in csv.DictReader(io.StringIO(stop_times)):
            if row["stop_id"] != stop_id:
                continue
            parsed = datetime.strptime(row["departure_time"], "%H:%M:%S")
            found.append(parsed.hour * 60 + parsed.minute)
        return found
'''

FEED_TESTS = '''
    from stops.feed import departures

    FEED = "trip_id,departure_time,stop_id\\nt1,06:15:00,S1\\nt2,08:10:00,S2\\n"


    def test_departures() -> None:
        assert departures(FEED, "S1") == [375]
'''


def test_a_minute_past_the_clock_is_no_time_past_midnight(tmp_path: Path) -> None:
    # The feed's "07:65:00" is a typo, not a time past 24:00: its minutes are off the
    # clock. The captured text is read from a row, not a local, so it is never checked;
    # read as numbers, the typo becomes a bus at 08:05.
    imports = "from stops.feed import departures\n"
    feed = ('"trip_id,departure_time,stop_id\\n'
            't1,06:15:00,S1\\nt9,07:65:00,S1\\n"')
    _shown(fix_and_check(
        tmp_path, _app("stops", "feed", FEED, FEED_TESTS),
        imports + f"departures({feed}, 'S1')",
        imports + _raises_or(f"departures({feed}, 'S1')", "got == [375]",
                             "a typo in the feed read as a bus at 08:05")))


# --- predicate answers: "is <word>" said of another case ---------------------------------

ROOMS = '''
    """The community centre's rooms and their bookings."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import datetime, time


    @dataclass(frozen=True)
    class Hours:
        opens: time
        closes: time


    @dataclass
    class Room:
        name: str
        #: When the room is open; None while it is closed for refurbishment.
        hours: Hours | None
        bookings: list[tuple[datetime, datetime]] = field(default_factory=list)

        def is_free(self, at: datetime) -> bool:
            """Whether the room can be booked at ``at``: it is open then and nobody has
            booked it. A room nobody has booked yet is free whenever it is open."""
            if not self.hours.opens <= at.time() < self.hours.closes:
                return False
            return not any(start <= at < end for start, end in self.bookings)


    def free_rooms(rooms: list[Room], at: datetime) -> list[str]:
        """The names of the rooms a member can book at ``at``."""
        return [room.name for room in rooms if room.is_free(at)]
'''

ROOMS_TESTS = '''
    from datetime import datetime, time

    from centre.rooms import Hours, Room, free_rooms

    DAY = Hours(time(9), time(22))


    def test_free_rooms() -> None:
        hall = Room("Hall", DAY, [(datetime(2024, 5, 7, 18), datetime(2024, 5, 7, 20))])
        studio = Room("Studio", DAY)
        assert free_rooms([hall, studio], datetime(2024, 5, 7, 19)) == ["Studio"]
        assert free_rooms([hall, studio], datetime(2024, 5, 7, 23)) == []
'''


def test_a_room_closed_for_refurbishment_is_not_free(tmp_path: Path) -> None:
    # "A room nobody has booked yet is free whenever it is open" answers for the
    # bookings; the None is the room's hours, None while it is closed for refurbishment.
    imports = ("from datetime import datetime, time\n"
               "from centre.rooms import Hours, Room, free_rooms\n")
    rooms = 'Room("Hall", Hours(time(9), time(22))), Room("Studio", None)'
    call = f"free_rooms([{rooms}], datetime(2024, 5, 7, 19))"
    _shown(fix_and_check(
        tmp_path, _app("centre", "rooms", ROOMS, ROOMS_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["Hall"]',
                             "a room closed for refurbishment offered for booking")
        + _raises_or('Room("Studio", None).is_free(datetime(2024, 5, 7, 19))',
                     "got is False", "a room closed for refurbishment is free")))


MEMBERS = '''
    """Gym members and the turnstile."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Membership:
        plan: str
        #: The last day it covers; None for a lifetime membership.
        expires_on: date | None


    @dataclass
    class Member:
        name: str
        #: None for someone who signed up online and has not paid yet.
        membership: Membership | None = None

        def is_active(self, today: date) -> bool:
            """Whether the turnstile lets the member in today. A lifetime membership
            never expires, so its holder is active for good."""
            expires = self.membership.expires_on
            return expires is None or today <= expires


    def turnstile(member: Member, today: date) -> str:
        return "open" if member.is_active(today) else "see reception"
'''

MEMBERS_TESTS = '''
    from datetime import date

    from gym.members import Member, Membership, turnstile


    def test_turnstile() -> None:
        today = date(2024, 5, 7)
        assert turnstile(Member("Ann", Membership("monthly", date(2024, 5, 31))), today) \\
            == "open"
        assert turnstile(Member("Bo", Membership("monthly", date(2024, 4, 30))), today) \\
            == "see reception"
        assert turnstile(Member("Cy", Membership("lifetime", None)), today) == "open"
'''


def test_a_member_who_has_not_paid_is_not_let_in(tmp_path: Path) -> None:
    # "never expires ... active" is about a lifetime membership (expires_on None); the
    # None that crashed is the membership of somebody who has not paid yet.
    imports = "from datetime import date\nfrom gym.members import Member, turnstile\n"
    call = 'turnstile(Member("Dee"), date(2024, 5, 7))'
    _shown(fix_and_check(
        tmp_path, _app("gym", "members", MEMBERS, MEMBERS_TESTS), imports + call,
        imports + _raises_or(call, 'got == "see reception"',
                             "a member who has not paid let in")))


LOANS = '''
    """The tool library's loans and the reminder e-mails."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Agreement:
        """What the borrower signed: when the tool is due back, and the deposit."""
        due_on: date
        deposit_pence: int


    @dataclass
    class Loan:
        tool: str
        member: str
        #: None for a loan to staff, who sign no agreement and keep a tool for as long as
        #: the job needs it.
        agreement: Agreement | None
        returned_on: date | None = None

        def is_overdue(self, today: date) -> bool:
            """Whether the borrower gets a reminder. A tool not returned yet is overdue
            once its due date has passed."""
            return self.returned_on is None and today > self.agreement.due_on


    def reminders(loans: list[Loan], today: date) -> list[str]:
        """Who gets a reminder e-mail today."""
        return [loan.member for loan in loans if loan.is_overdue(today)]
'''

LOANS_TESTS = '''
    from datetime import date

    from tools.loans import Agreement, Loan, reminders


    def test_reminders() -> None:
        late = Loan("drill", "ann@example.org", Agreement(date(2024, 5, 1), 2000))
        early = Loan("saw", "bo@example.org", Agreement(date(2024, 5, 30), 1000))
        back = Loan("sander", "cy@example.org", Agreement(date(2024, 5, 1), 1000),
                    date(2024, 5, 2))
        assert reminders([late, early, back], date(2024, 5, 7)) == ["ann@example.org"]
'''


def test_a_staff_loan_gets_no_reminder(tmp_path: Path) -> None:
    # "A tool not returned yet is overdue once its due date has passed" is about a loan
    # with a due date; the None is a staff loan's agreement: staff sign none, and keep a
    # tool for as long as the job needs it.
    imports = ("from datetime import date\n"
               "from tools.loans import Agreement, Loan, reminders\n")
    call = ('reminders([Loan("drill", "ann@example.org", Agreement(date(2024, 5, 1), 2000)), '
            'Loan("ladder", "warden@example.org", None)], date(2024, 5, 7))')
    _shown(fix_and_check(
        tmp_path, _app("tools", "loans", LOANS, LOANS_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["ann@example.org"]',
                             "a staff loan without a due date chased as overdue")))


# --- sibling-guarded-divisor: the sibling's guard answers another value or situation ----

PACE = '''
    """Ride figures for the e-bike app's dashboard."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The maker's rated consumption (Wh per km). Estimates use it until the rider has
    #: logged some distance: a bike fresh out of the box has no history of its own.
    RATED_WH_PER_KM = 9.0


    @dataclass(frozen=True)
    class Ride:
        distance_km: float
        energy_wh: float
        minutes: float


    def consumption_wh_per_km(rides: list[Ride]) -> float:
        """The rider's average consumption over all their rides."""
        distance = sum(ride.distance_km for ride in rides)
        energy = sum(ride.energy_wh for ride in rides)
        return energy / distance


    def pace_min_per_km(rides: list[Ride]) -> float:
        """Average minutes per km; 0.0 before the first ride, which the app shows as
        "--"."""
        distance = sum(ride.distance_km for ride in rides)
        if not distance:
            return 0.0
        return sum(ride.minutes for ride in rides) / distance


    def charge_for_trip_wh(trip_km: float, rides: list[Ride]) -> float:
        """The energy a trip of ``trip_km`` needs at the rider's consumption."""
        return round(trip_km * consumption_wh_per_km(rides), 1)
'''

PACE_TESTS = '''
    from ebike.figures import Ride, charge_for_trip_wh, pace_min_per_km


    def test_figures() -> None:
        rides = [Ride(10.0, 80.0, 30.0), Ride(30.0, 280.0, 90.0)]
        assert charge_for_trip_wh(12, rides) == 108.0
        assert pace_min_per_km(rides) == 3.0
        assert pace_min_per_km([]) == 0.0
'''


def test_a_new_bike_needs_its_rated_charge_not_none(tmp_path: Path) -> None:
    # The pace's 0.0 is the dashboard's "--"; the consumption of a bike without distance
    # is documented as the rated 9 Wh/km. At 0.0 a 12 km trip needs no charge at all.
    imports = "from ebike.figures import Ride, charge_for_trip_wh, consumption_wh_per_km\n"
    _shown(fix_and_check(
        tmp_path, _app("ebike", "figures", PACE, PACE_TESTS),
        imports + "charge_for_trip_wh(12, [])",
        imports + _raises_or("consumption_wh_per_km([])", "got == 9.0",
                             "a new bike's consumption")
        + _raises_or("charge_for_trip_wh(12, [])", "got == 108.0",
                     "the charge a new bike needs for 12 km")))


ASSIST = '''
    """Range estimates for the e-bike app."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The maker's rated consumption in tour assist (Wh per km), which the range
    #: estimate assumes until the rider has logged some distance in tour.
    RATED_TOUR_WH_PER_KM = 9.0
    #: The maker's rated consumption in eco assist (Wh per km).
    RATED_ECO_WH_PER_KM = 6.0


    @dataclass(frozen=True)
    class Ride:
        assist: str
        distance_km: float
        energy_wh: float


    def tour_consumption(rides: list[Ride]) -> float:
        """The rider's own consumption in tour assist, which the range estimate uses."""
        tour = [ride for ride in rides if ride.assist == "tour"]
        distance = sum(ride.distance_km for ride in tour)
        energy = sum(ride.energy_wh for ride in tour)
        return energy / distance


    def eco_consumption(rides: list[Ride]) -> float:
        """The rider's own consumption in eco assist, for the "switch to eco" hint."""
        eco = [ride for ride in rides if ride.assist == "eco"]
        distance = sum(ride.distance_km for ride in eco)
        if not distance:
            return RATED_ECO_WH_PER_KM
        return sum(ride.energy_wh for ride in eco) / distance


    def range_km(battery_wh: float, rides: list[Ride]) -> float:
        """How far the battery's charge goes in tour assist."""
        return round(battery_wh / tour_consumption(rides), 1)
'''

ASSIST_TESTS = '''
    from ebike.estimates import Ride, eco_consumption, range_km


    def test_estimates() -> None:
        rides = [Ride("tour", 20.0, 200.0), Ride("eco", 10.0, 50.0)]
        assert range_km(600, rides) == 60.0
        assert eco_consumption(rides) == 5.0
        assert eco_consumption([]) == 6.0
'''


def test_a_rider_who_only_rode_in_eco_gets_the_tour_rating(tmp_path: Path) -> None:
    # The sibling computes `distance` the same way, over the eco rides, and answers the
    # eco rating; the range is in tour assist, rated 9 Wh/km until ridden in tour.
    imports = "from ebike.estimates import Ride, range_km, tour_consumption\n"
    call = 'range_km(600, [Ride("eco", 10.0, 50.0)])'
    _shown(fix_and_check(
        tmp_path, _app("ebike", "estimates", ASSIST, ASSIST_TESTS), imports + call,
        imports + _raises_or(call, "got == 66.7", "the range at the eco rating")
        + _raises_or('tour_consumption([Ride("eco", 10.0, 50.0)])', "got == 9.0",
                     "the tour consumption of a rider who never rode in tour")))


TRIPS = '''
    """Trips as the bike's controller logs them."""

    from __future__ import annotations

    from dataclasses import dataclass, field

    #: The maker's rated consumption (Wh per km), shown until a trip has covered some
    #: distance.
    RATED_WH_PER_KM = 9.0


    @dataclass(frozen=True)
    class Leg:
        distance_km: float
        energy_wh: float


    @dataclass
    class Trip:
        legs: list[Leg] = field(default_factory=list)
        wh_per_km: float | None = None
        closed: bool = False


    def live_consumption(trip: Trip) -> float:
        """The trip's consumption so far, for the live display."""
        distance = sum(leg.distance_km for leg in trip.legs)
        if not distance:
            return RATED_WH_PER_KM
        return sum(leg.energy_wh for leg in trip.legs) / distance


    def close_trip(trip: Trip) -> float:
        """Ends the trip when the rider locks the bike: its consumption is kept, and the
        trip is closed so that the next ride starts a new one."""
        distance = sum(leg.distance_km for leg in trip.legs)
        trip.wh_per_km = sum(leg.energy_wh for leg in trip.legs) / distance
        trip.closed = True
        return trip.wh_per_km
'''

TRIPS_TESTS = '''
    from ebike.trips import Leg, Trip, close_trip, live_consumption


    def test_close_trip() -> None:
        trip = Trip([Leg(4.0, 40.0), Leg(6.0, 50.0)])
        assert live_consumption(trip) == 9.0
        assert close_trip(trip) == 9.0
        assert trip.closed and trip.wh_per_km == 9.0
        assert live_consumption(Trip()) == 9.0
'''


def test_a_trip_that_never_moved_is_still_closed(tmp_path: Path) -> None:
    # The live display's guard returns the rated figure, rightly; put before the crashed
    # assignment of `close_trip`, it returns before the trip is closed, so the rider's
    # next ride is logged into this one.
    imports = "from ebike.trips import Leg, Trip, close_trip\n"
    _shown(fix_and_check(
        tmp_path, _app("ebike", "trips", TRIPS, TRIPS_TESTS),
        imports + "close_trip(Trip([Leg(0.0, 1.5)]))",
        imports + "trip = Trip([Leg(0.0, 1.5)])\n"
        "try:\n    close_trip(trip)\nexcept Exception:\n    pass\nelse:\n"
        "    assert trip.closed, 'a trip that never moved is left open'\n"))


# --- sibling-get-default, the "function" kind: the same function, another answer --------

PREFS_STORE = '''
    """Members' saved preferences (a key-value table in production)."""

    from __future__ import annotations

    #: The language of a member who never picked one: the site's own.
    DEFAULT_LANGUAGE = "en"

    #: (member id, preference) -> value; a member who never changed one has no row.
    _SAVED: dict[tuple[int, str], str] = {(1, "theme"): "dark", (1, "language"): "cy"}


    def preference(member_ids: set[int], name: str) -> dict[int, str]:
        """Each member's saved value of the preference ``name``; a member who never set
        it has no entry."""
        return {m: value for (m, saved), value in _SAVED.items()
                if saved == name and m in member_ids}
'''

PREFS = '''
    """Pages and mailings that depend on members' preferences."""

    from __future__ import annotations

    from prefs import store


    def page_theme(member_id: int) -> str:
        """The colour theme a member's pages are drawn in."""
        return store.preference({member_id}, "theme").get(member_id, "light")


    def newsletter_batches(member_ids: list[int]) -> dict[str, list[int]]:
        """The members to send the newsletter to, grouped by the language each one reads
        it in."""
        languages = store.preference(set(member_ids), "language")
        batches: dict[str, list[int]] = {}
        for member_id in member_ids:
            batches.setdefault(languages[member_id], []).append(member_id)
        return batches
'''

PREFS_TESTS = '''
    from prefs.pages import newsletter_batches, page_theme


    def test_pages() -> None:
        assert page_theme(1) == "dark"
        assert page_theme(2) == "light"
        assert newsletter_batches([1]) == {"cy": [1]}
'''


def test_the_theme_default_is_no_language(tmp_path: Path) -> None:
    # `store.preference(ids, name)` with another `name` is another mapping: the theme's
    # "light" default becomes the newsletter's language.
    imports = "from prefs.pages import newsletter_batches\n"
    call = "newsletter_batches([1, 2])"
    _shown(fix_and_check(
        tmp_path, _app("prefs", "pages", PREFS, PREFS_TESTS, {"prefs/store.py": PREFS_STORE}),
        imports + call,
        imports + _raises_or(call, 'got == {"cy": [1], "en": [2]}',
                             "a newsletter sent in the language 'light'")))


LADDER_STORE = '''
    """The club's ratings."""

    from __future__ import annotations

    #: Where a newcomer is paired until their first rated game.
    PROVISIONAL_RATING = 1200

    _RATINGS: dict[int, int] = {1: 1500, 2: 1320}


    def ratings_for(member_ids: set[int]) -> dict[int, int]:
        """Elo ratings of the members in ``member_ids`` who have played a rated game."""
        return {m: r for m, r in _RATINGS.items() if m in member_ids}
'''

LADDER = '''
    """The ladder page and the pairing screen."""

    from __future__ import annotations

    from ladder import store


    def pairing_gap(white: int, black: int) -> int:
        """How far apart two players are rated, for the pairing screen; a newcomer is
        paired at the provisional rating."""
        rated = store.ratings_for({white, black})
        return abs(rated.get(white, store.PROVISIONAL_RATING)
                   - rated.get(black, store.PROVISIONAL_RATING))


    def ladder(member_ids: list[int]) -> list[dict[str, object]]:
        """The published ladder. A member who has not played a rated game yet is listed
        as unrated, with a null rating: the provisional rating is a pairing aid, not a
        result."""
        ratings = store.ratings_for(set(member_ids))
        return [{"id": m, "rating": ratings[m]} for m in member_ids]
'''

LADDER_TESTS = '''
    from ladder.pages import ladder, pairing_gap


    def test_pages() -> None:
        assert pairing_gap(1, 2) == 180
        assert pairing_gap(1, 9) == 300
        assert ladder([1, 2]) == [{"id": 1, "rating": 1500}, {"id": 2, "rating": 1320}]
'''


def test_a_newcomer_is_published_unrated(tmp_path: Path) -> None:
    # The pairing screen's provisional 1200 is documented as a pairing aid; the ladder
    # lists a newcomer unrated, with a null rating.
    imports = "from ladder.pages import ladder\n"
    call = "ladder([1, 3])"
    _shown(fix_and_check(
        tmp_path, _app("ladder", "pages", LADDER, LADDER_TESTS,
                       {"ladder/store.py": LADDER_STORE}),
        imports + call,
        imports + _raises_or(call, 'got == [{"id": 1, "rating": 1500}, '
                                   '{"id": 3, "rating": None}]',
                             "a newcomer published at the provisional rating")))


# --- listed records: the seeded record is one production never kept there ---------------

PARTNER_STORE = '''
    """Classes and bookings. In memory here; production runs the same calls against
    Postgres."""

    from __future__ import annotations

    from collections import Counter
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class GymClass:
        id: int
        name: str
        day: str
        capacity: int
        #: The partner gym that runs it, for a class from a partner's feed; None for our
        #: own classes.
        partner: str | None = None


    _CLASSES: dict[int, GymClass] = {1: GymClass(1, "Spin", "mon", 12)}
    #: The partner gyms' classes, replaced by each night's feed.
    _PARTNER_FEED: list[GymClass] = []
    _BOOKINGS: list[int] = [1, 1, 1]


    def add_class(gym_class: GymClass) -> None:
        _CLASSES[gym_class.id] = gym_class


    def load_partner_feed(feed: list[GymClass]) -> None:
        _PARTNER_FEED[:] = feed


    def classes_on(day: str) -> list[GymClass]:
        """Our classes on the day, then the partner gyms'."""
        ours = [c for c in _CLASSES.values() if c.day == day]
        return ours + [c for c in _PARTNER_FEED if c.day == day]


    def booked_counts(ids: set[int]) -> dict[int, int]:
        """Bookings per class, like the GROUP BY it stands for: no row for a class nobody
        has booked. Only our own classes are booked here."""
        return dict(Counter(i for i in _BOOKINGS if i in ids))


    def add_booking(class_id: int) -> None:
        _BOOKINGS.append(class_id)
'''

PARTNER_API = '''
    from fastapi import FastAPI

    from gym import store

    app = FastAPI()


    @app.get("/timetable/{day}")
    def timetable(day: str) -> list[dict[str, object]]:
        """Every class on the day. A partner gym's class is booked on the partner's own
        site: it is listed with the partner's name and a null ``spaces_left``, since its
        bookings are not ours to count."""
        classes = store.classes_on(day)
        counts = store.booked_counts({c.id for c in classes})
        return [{"name": c.name, "partner": c.partner,
                 "spaces_left": c.capacity - counts[c.id]} for c in classes]


    @app.post("/classes/{class_id}/bookings")
    def book(class_id: int) -> dict[str, int]:
        taken = store.booked_counts({class_id}).get(class_id, 0)
        store.add_booking(class_id)
        return {"booked": taken + 1}
'''

PARTNER_TESTS = '''
    from fastapi.testclient import TestClient

    from gym.api import app


    def test_timetable() -> None:
        assert TestClient(app).get("/timetable/mon").json() == [
            {"name": "Spin", "partner": None, "spaces_left": 9}]
'''


def test_a_partner_gyms_class_is_not_seeded_as_our_own(tmp_path: Path) -> None:
    # Production listed the Pilates class from the partner's feed; the seed puts it in
    # `_CLASSES`, our own classes, where a class nobody booked has 0 bookings. The
    # timetable documents a partner's class with a null `spaces_left`.
    setup = ("from fastapi.testclient import TestClient\n"
             "from gym import store\nfrom gym.api import app\n"
             "store.load_partner_feed([store.GymClass(104, 'Pilates', 'tue', 20, "
             "'CityFit')])\n")
    # Declining to reproduce is a right answer here (the record was never ours to seed),
    # so the engine is run directly rather than through fix_and_check, which insists on a
    # reproduction.
    repo = make_repo(tmp_path / "repo", _app("gym", "api", PARTNER_API, PARTNER_TESTS,
                                             {"gym/store.py": PARTNER_STORE}))
    event = capture_event(repo, tmp_path / "srv" / "app",
                          setup + "TestClient(app).get('/timetable/tue')", framework="fastapi")
    _code, data, stderr = run_fix(repo, event, tmp_path, "--write")
    assert data is not None, stderr
    _shown(data)
    assert data["status"] != "fixed", data["patch"]
    assert "_CLASSES[104]" not in str(data["checks"].get("scenario"))


# --- over-block checks: the words back the fix; the engine must end "fixed" -------------

SHED = '''
    """The tool library's shelf."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date


    @dataclass
    class Loan:
        member: str
        lent_on: date
        returned_on: date | None = None


    @dataclass
    class Tool:
        name: str
        loans: list[Loan] = field(default_factory=list)

        def latest_loan(self) -> Loan | None:
            """The tool's most recent loan, or None if it has never been lent."""
            return max(self.loans, key=lambda loan: loan.lent_on, default=None)

        def is_available(self) -> bool:
            """Whether a member can borrow the tool now: yes unless its latest loan is
            still out. A new tool, with no loans on its record, is available."""
            return self.latest_loan().returned_on is not None


    def shelf(tools: list[Tool]) -> list[str]:
        """The names of the tools a member can borrow now."""
        return [tool.name for tool in tools if tool.is_available()]
'''

SHED_TESTS = '''
    from datetime import date

    from shed.tools import Loan, Tool, shelf


    def test_shelf() -> None:
        out = Tool("drill", [Loan("ann", date(2024, 5, 1))])
        back = Tool("saw", [Loan("bo", date(2024, 5, 1), date(2024, 5, 3))])
        assert shelf([out, back]) == ["saw"]
'''


def test_over_block_a_tool_with_no_loans_on_its_record(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own tool library, its docstring saying "a new
    tool, with no loans on its record, is available" instead of "a tool nobody has
    borrowed yet": the same empty case, the same answer."""
    imports = "from datetime import date\nfrom shed.tools import Loan, Tool, shelf\n"
    call = 'shelf([Tool("drill", [Loan("ann", date(2024, 5, 1))]), Tool("cutter")])'
    _fixed(fix_and_check(
        tmp_path, _app("shed", "tools", SHED, SHED_TESTS), imports + call,
        imports + f"got = {call}\nassert got == ['cutter'], got\n"
        "assert Tool('cutter').is_available() is True\n"))


GYM_STORE = '''
    """Classes and bookings. In memory here; production runs the same calls against
    Postgres."""

    from __future__ import annotations

    from collections import Counter
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class GymClass:
        id: int
        name: str
        day: str
        capacity: int


    _CLASSES: dict[int, GymClass] = {1: GymClass(1, "Spin", "mon", 12)}
    _BOOKINGS: list[int] = [1, 1, 1]


    def add_class(gym_class: GymClass) -> GymClass:
        """Adds a class the front desk created; returns it for the confirmation page."""
        _CLASSES[gym_class.id] = gym_class
        return gym_class


    def classes_on(day: str) -> list[GymClass]:
        """SELECT * FROM classes WHERE day = %s"""
        return [c for c in _CLASSES.values() if c.day == day]


    def booked_counts(ids: set[int]) -> dict[int, int]:
        """Bookings per class, like the GROUP BY it stands for: no row for a class nobody
        has booked."""
        return dict(Counter(i for i in _BOOKINGS if i in ids))


    def add_booking(class_id: int) -> None:
        _BOOKINGS.append(class_id)
'''

GYM_API = '''
    from fastapi import FastAPI

    from gym import store

    app = FastAPI()


    @app.get("/timetable/{day}")
    def timetable(day: str) -> list[dict[str, object]]:
        """Every class on the day with its spaces left."""
        classes = store.classes_on(day)
        counts = store.booked_counts({c.id for c in classes})
        return [{"name": c.name, "spaces_left": c.capacity - counts[c.id]} for c in classes]


    @app.post("/classes/{class_id}/bookings")
    def book(class_id: int) -> dict[str, int]:
        taken = store.booked_counts({class_id}).get(class_id, 0)
        store.add_booking(class_id)
        return {"booked": taken + 1}
'''

GYM_TESTS = '''
    from fastapi.testclient import TestClient

    from gym.api import app


    def test_timetable() -> None:
        assert TestClient(app).get("/timetable/mon").json() == [
            {"name": "Spin", "spaces_left": 9}]
'''


def test_over_block_a_writer_that_returns_the_class(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own gym timetable, its writer returning the class
    it stored (``_CLASSES[c.id] = c`` then ``return c``): the key the app keeps a class
    under is the same."""
    setup = ("from fastapi.testclient import TestClient\n"
             "from gym import store\nfrom gym.api import app\n"
             "store.add_class(store.GymClass(4, 'Pilates', 'tue', 10))\n")
    _fixed(fix_and_check(
        tmp_path, _app("gym", "api", GYM_API, GYM_TESTS, {"gym/store.py": GYM_STORE}),
        setup + "TestClient(app).get('/timetable/tue')",
        setup + "got = TestClient(app).get('/timetable/tue').json()\n"
        "assert got == [{'name': 'Pilates', 'spaces_left': 10}], got\n",
        framework="fastapi"))


HOUR_24 = '''
    """Reading GTFS departure times for the stop screens."""

    from __future__ import annotations

    from datetime import datetime


    def service_minutes(value: str) -> int:
        """Minutes from the start of the service day for a GTFS ``HH:MM:SS`` time.

        GTFS counts from the start of the service day, so the hour of a trip that runs
        after midnight is 24 or more, and such a bus comes after the evening's last one.
        """
        parsed = datetime.strptime(value.strip(), "%H:%M:%S")
        return parsed.hour * 60 + parsed.minute
'''

HOUR_24_TESTS = '''
    from stops.gtfs import service_minutes


    def test_service_minutes() -> None:
        assert service_minutes("07:05:00") == 425
        assert service_minutes("23:50:00") == 1430
'''


def test_over_block_an_hour_of_24_or_more(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own GTFS reader, its docstring saying "the hour of
    a trip that runs after midnight is 24 or more" in words instead of writing
    "25:10:00"."""
    imports = "from stops.gtfs import service_minutes\n"
    _fixed(fix_and_check(
        tmp_path, _app("stops", "gtfs", HOUR_24, HOUR_24_TESTS),
        imports + 'service_minutes("24:35:00")',
        imports + 'assert service_minutes("24:35:00") == 1475\n'
        'assert service_minutes("25:10:00") == 1510\n'
        'assert service_minutes("07:05:00") == 425\n'))

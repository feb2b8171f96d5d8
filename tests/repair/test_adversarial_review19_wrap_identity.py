"""Nineteenth adversarial review: an index that wraps round a documented cycle, a key
documented to stand for itself, and a ``key=`` kept beside a documented ``default=``.

Three rules are under review:

* ``wrap-around`` (``candidates/wrap_around.py``): an IndexError on ``POINTS[index]``, a
  module constant whose comment (or the crashed function's words, naming it) says the
  sequence repeats, becomes ``POINTS[index % len(POINTS)]``; an empty filtered list read at
  ``[-1]`` or ``[0]``, where the function's words say the thing repeats and name that end,
  becomes ``(earlier or <source>)[-1]``;
* ``key-stands-for-itself`` (``candidates/identity_defaults.py``): a KeyError on
  ``TABLE[key]`` where a sentence of the function's documentation names the key and says
  it stands for, maps to or is kept as itself becomes ``TABLE.get(key, [key])`` (or
  ``TABLE.get(key, key)`` for a table of scalars);
* ``empty-aggregate`` keeping a ``key=`` (``candidates/empty_aggregates.py``, f08b616):
  ``min(free, key=...)`` becomes ``min(free, key=..., default=None)`` when the place the
  value goes to documents None for the empty case.

Each trap is a small app whose crash looks like the rule's case while its words give
another answer; the hidden assertion checks the behaviour those words give, and a
declined fix passes.

Wrong-fix traps, ``wrap-around``:

* ``test_a_webhook_that_keeps_failing_waits_the_longest_delay``: "a hook that keeps
  failing repeats the last delay": the sentence repeats the *last* item, it does not say
  the delays start again; wrapping retries a week-long failure after one minute;
* ``test_the_best_customers_are_gold_not_bean``: "points reset every year" is about the
  points, not the tiers: 2400 points would wrap round to the lowest tier;
* ``test_a_loose_vane_is_sent_for_repair_not_read_as_a_wind``: the constant's comment says
  the card wraps round at 360 (= 0); the function's docstring makes a bearing of 360 or
  more a wiring fault that raises. Only the constant's own comment is read;
* ``test_the_kitchen_keeps_its_own_evening_setting``: the filtered list is filtered by
  zone *and* time; ``(earlier or _in_order(changes))[-1]`` drops the zone, and the
  kitchen before dawn takes the bedroom's night setting;
* ``test_monday_morning_follows_sunday_night``: the programme repeats every *week*, day by
  day; the re-read source is today's programme, so before Monday's first change the fix
  takes Monday's own evening setting instead of Sunday's;
* ``test_the_last_bus_is_followed_by_tomorrows_first``: the list's items are built
  (``datetime.combine(now.date(), t)``); the fallback's item is the source's raw
  ``time``, for no day at all.

Wrong-fix traps, ``key-stands-for-itself``:

* ``test_a_misspelt_team_is_not_a_person``: users stand for themselves; "any other owner
  is a team and must be listed" (the next sentence): a misspelt team becomes a reviewer;
* ``test_a_label_is_its_own_filter_not_its_own_colour``: "each label is its own filter"
  matches ``is its own \\w+``; the colour table's fallback is documented grey;
* ``test_only_a_full_hash_stands_for_itself``: the function already returns a full hash
  as itself; a branch name missing from the table is then read as a commit hash;
* ``test_an_unknown_name_no_longer_stands_for_itself``: "no longer stands for itself" is
  read as "stands for itself" (the refusal words have no "no longer");
* ``test_an_untranslated_message_is_shown_in_english``: "its text is used verbatim" is
  about the English catalogue's text; the fix shows the message's key to French users.

Wrong-fix traps, ``empty-aggregate`` with ``key=``:

* ``test_a_sensor_sending_only_error_frames_is_broken``: the list is filtered (error
  frames out) and bound to a name, so the inline-filter check does not see it; the empty
  case documented None is an upload with no readings, the docstring makes an upload of
  error frames only a fault that raises;
* ``test_a_full_restaurant_is_not_shown_as_closed``: the field's None is a closed
  restaurant's ("None when the restaurant is not open"), matched through "open", a word
  of ``open_tables``; the class says a party no open table seats goes on the waiting
  list. With every table taken the tablet shows the party the opening hours;
* ``test_an_unsold_lot_is_relisted_not_withdrawn``: the field's None is for a lot
  withdrawn from the sale ("no bids are taken"), matched through the word "bid"; the
  caller re-lists a lot whose closing raises ``Unsold`` ("a lot nobody bid on"). The fix
  records an unsold lot as withdrawn, and it is never offered again.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_the_rota_goes_round``: "the rota goes round: after the last engineer
  on the list, the first takes over again" says the rota is a cycle without any word of
  ``_CYCLE``;
* ``test_over_block_a_module_alias_table_passed_through_as_it_is``: the rule's own example,
  ``ALIASES[name]`` with ``ALIASES`` a module constant: the event carries no value for a
  global and the constant has no annotation, so the table's shape is unknown;
* ``test_over_block_none_when_the_queue_is_empty``: "None when the queue is empty" says
  the empty case in plain words, but neither names the sequence (``waiting``) nor matches
  ``_ABSENCE`` (no "empty").

As written (2026-11-27), 15 of the 17 fail. Twelve of the 14 traps are reported ``fixed``
with the wrong behaviour: the six ``wrap-around`` traps but the bus (5), the five
``key-stands-for-itself`` traps (5), and the restaurant and auction traps of
``empty-aggregate`` (2). The bus trap ends ``unverified`` only because an error guide's
``None`` is backed as strongly as the wrap-around's wrong item (a tie, not a refusal), and
the sensor trap because ``borrowed_backing`` unbacks an ``empty-aggregate`` fix where the
function documents more than a summary. The 3 over-block checks end ``unverified`` or
``not_fixed``: the cycle and the empty case are not in the rules' words, and a module
constant's shape is never read from its literal.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- wrap-around, module constants: a sentence that is no cycle, or a refusal elsewhere ---

WEBHOOKS = '''
    """Redelivery of webhooks the customer's endpoint did not accept."""

    from __future__ import annotations

    #: Seconds to wait before each redelivery: one minute, five, half an hour, two hours,
    #: then six. A hook that keeps failing repeats the last delay until it expires, a week
    #: after it was first sent.
    DELAYS = (60, 300, 1800, 7200, 21600)


    def next_delay(attempt: int) -> int:
        """Seconds to wait before redelivery number ``attempt`` (0 for the first)."""
        return DELAYS[attempt]
'''

WEBHOOKS_TESTS = '''
    from hooks.retry import next_delay


    def test_next_delay() -> None:
        assert [next_delay(n) for n in range(5)] == [60, 300, 1800, 7200, 21600]
'''


def test_a_webhook_that_keeps_failing_waits_the_longest_delay(tmp_path: Path) -> None:
    # "repeats the last delay": the last item again, not the sequence from its start.
    imports = "from hooks.retry import next_delay\n"
    _shown(fix_and_check(
        tmp_path, _app("hooks", "retry", WEBHOOKS, WEBHOOKS_TESTS), imports + "next_delay(5)",
        imports + _raises_or("next_delay(5)", "got == 21600",
                             "a failing hook retried sooner after its fifth failure")
        + _raises_or("next_delay(9)", "got == 21600", "the delays start again")))


LOYALTY = '''
    """The coffee chain's loyalty scheme."""

    from __future__ import annotations

    #: The tiers, one for each full 500 points collected in the calendar year. Points
    #: reset every year on 1 January.
    TIERS = ("Bean", "Roast", "Barista", "Gold")


    def tier(points: int) -> str:
        """The tier of a member with ``points`` this year. Gold is the top tier."""
        level = points // 500
        return TIERS[level]
'''

LOYALTY_TESTS = '''
    from cafe.loyalty import tier


    def test_tier() -> None:
        assert [tier(p) for p in (0, 499, 500, 1200, 1999)] == [
            "Bean", "Bean", "Roast", "Barista", "Gold"]
'''


def test_the_best_customers_are_gold_not_bean(tmp_path: Path) -> None:
    # "Points reset every year": the points repeat yearly, the tiers do not wrap round.
    imports = "from cafe.loyalty import tier\n"
    _shown(fix_and_check(
        tmp_path, _app("cafe", "loyalty", LOYALTY, LOYALTY_TESTS), imports + "tier(2400)",
        imports + _raises_or("tier(2400)", 'got == "Gold"',
                             "the best customer dropped to the lowest tier")))


VANE = '''
    """The weather station's wind vane."""

    from __future__ import annotations

    #: The sixteen points, clockwise from north. The card wraps round: "N" runs from
    #: 348.75 through 360 (= 0) to 11.25 degrees.
    POINTS = (
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    )


    def point(bearing: float) -> str:
        """The compass point of a vane's bearing.

        The vane reports bearings from 0 up to, but excluding, 360. A bearing of 360 or
        more means its wiring is loose: such a reading raises ValueError, so that the
        station is sent for repair.
        """
        index = int((bearing + 11.25) // 22.5)
        return POINTS[index]
'''

VANE_TESTS = '''
    from station.wind import point


    def test_point() -> None:
        assert [point(b) for b in (0.0, 10.0, 45.0, 180.0, 300.0)] == [
            "N", "N", "NE", "S", "WNW"]
'''


def test_a_loose_vane_is_sent_for_repair_not_read_as_a_wind(tmp_path: Path) -> None:
    # The constant's comment wraps round at 360 (= 0); the function's docstring makes a
    # bearing of 360 or more a wiring fault that raises. The fix reads 372 as NNE.
    imports = "from station.wind import point\n"
    _shown(fix_and_check(
        tmp_path, _app("station", "wind", VANE, VANE_TESTS), imports + "point(372.0)",
        imports + _raises_or("point(372.0)", "False",
                             "a loose vane's reading reported as a wind")))


# --- wrap-around, an empty filtered list: the fallback is not the previous cycle's end ---

ZONES = '''
    """The heating controller: a daily programme for each zone of the house."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import time


    @dataclass(frozen=True)
    class Change:
        zone: str
        starts: time
        celsius: float


    def _in_order(changes: list[Change]) -> list[Change]:
        return sorted(changes, key=lambda change: change.starts)


    def setpoint_at(changes: list[Change], zone: str, at: time) -> float:
        """The target in force in ``zone`` at ``at``.

        Each zone's programme repeats every day, so before the zone's first change of the
        day its last change of the previous evening is still in force.
        """
        earlier = [c for c in _in_order(changes) if c.zone == zone and c.starts <= at]
        return earlier[-1].celsius
'''

ZONES_TESTS = '''
    from datetime import time

    from house.heating import Change, setpoint_at

    CHANGES = [Change("kitchen", time(6, 30), 20.0), Change("kitchen", time(21), 16.0),
               Change("bedroom", time(7), 18.0), Change("bedroom", time(22, 30), 14.0)]


    def test_setpoint_at() -> None:
        assert setpoint_at(CHANGES, "kitchen", time(12)) == 20.0
        assert setpoint_at(CHANGES, "bedroom", time(23)) == 14.0
        assert setpoint_at(CHANGES, "kitchen", time(23)) == 16.0
'''

ZONES_CHANGES = ('CHANGES = [Change("kitchen", time(6, 30), 20.0), '
                 'Change("kitchen", time(21), 16.0), Change("bedroom", time(7), 18.0), '
                 'Change("bedroom", time(22, 30), 14.0)]\n')


def test_the_kitchen_keeps_its_own_evening_setting(tmp_path: Path) -> None:
    # Filtered by zone and time; the fallback re-reads the source without the zone: the
    # kitchen at five in the morning takes the bedroom's 22:30 setting.
    imports = ("from datetime import time\nfrom house.heating import Change, setpoint_at\n"
               + ZONES_CHANGES)
    call = 'setpoint_at(CHANGES, "kitchen", time(5))'
    _shown(fix_and_check(
        tmp_path, _app("house", "heating", ZONES, ZONES_TESTS), imports + call,
        imports + _raises_or(call, "got == 16.0",
                             "the kitchen at dawn kept at another zone's setting")))


WEEKLY = '''
    """The heating's weekly programme."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, time


    @dataclass(frozen=True)
    class Change:
        starts: time
        celsius: float


    _WORKDAY = (Change(time(6, 30), 20.0), Change(time(22, 0), 16.0))

    #: Each day's changes in order, Monday first. Sunday evening goes down early: work
    #: starts on Monday.
    WEEK: tuple[tuple[Change, ...], ...] = (
        _WORKDAY, _WORKDAY, _WORKDAY, _WORKDAY, _WORKDAY,
        (Change(time(8, 0), 21.0), Change(time(23, 30), 17.0)),
        (Change(time(8, 0), 21.0), Change(time(20, 30), 15.0)),
    )


    def _programme(day: date) -> tuple[Change, ...]:
        return WEEK[day.weekday()]


    def setpoint_at(day: date, at: time) -> float:
        """The target in force at ``at`` on ``day``.

        The programme repeats every week, so before a day's first change the previous
        day's last change is still in force (Sunday's, on a Monday morning).
        """
        earlier = [c for c in _programme(day) if c.starts <= at]
        return earlier[-1].celsius
'''

WEEKLY_TESTS = '''
    from datetime import date, time

    from house.weekly import setpoint_at


    def test_setpoint_at() -> None:
        monday, saturday = date(2024, 6, 3), date(2024, 6, 8)
        assert setpoint_at(monday, time(7)) == 20.0
        assert setpoint_at(monday, time(23)) == 16.0
        assert setpoint_at(saturday, time(23, 45)) == 17.0
'''


def test_monday_morning_follows_sunday_night(tmp_path: Path) -> None:
    # "repeats every week": the previous cycle's last change before Monday's first is
    # Sunday's (15.0); the re-read source is Monday's own programme (16.0).
    imports = "from datetime import date, time\nfrom house.weekly import setpoint_at\n"
    call = "setpoint_at(date(2024, 6, 3), time(5))"
    _shown(fix_and_check(
        tmp_path, _app("house", "weekly", WEEKLY, WEEKLY_TESTS), imports + call,
        imports + _raises_or(call, "got == 15.0",
                             "Monday before dawn held at Monday night's setting")
        + _raises_or("setpoint_at(date(2024, 6, 9), time(7))", "got == 17.0",
                     "Sunday before dawn held at Sunday night's setting")))


BUSES = '''
    """The 42 bus from the station."""

    from __future__ import annotations

    from datetime import datetime, time

    #: Departures from the station, in order.
    DEPARTURES = (time(5, 40), time(6, 10), time(6, 40), time(7, 10), time(12, 0),
                  time(17, 30), time(22, 15), time(23, 40))


    def next_departure(now: datetime) -> datetime:
        """When the next bus leaves after ``now``.

        The timetable repeats every day: after the last bus of the night, the next is the
        first bus of the following morning.
        """
        later = [datetime.combine(now.date(), t) for t in DEPARTURES if t > now.time()]
        return later[0]
'''

BUSES_TESTS = '''
    from datetime import datetime

    from transit.buses import next_departure


    def test_next_departure() -> None:
        assert next_departure(datetime(2024, 6, 3, 7, 0)) == datetime(2024, 6, 3, 7, 10)
        assert next_departure(datetime(2024, 6, 3, 23, 0)) == datetime(2024, 6, 3, 23, 40)
'''


def test_the_last_bus_is_followed_by_tomorrows_first(tmp_path: Path) -> None:
    # The items are built from the source (`datetime.combine(now.date(), t)`); the
    # fallback's first item is the source's bare `time(5, 40)`, of no day at all.
    imports = "from datetime import datetime\nfrom transit.buses import next_departure\n"
    call = "next_departure(datetime(2024, 6, 3, 23, 50))"
    _shown(fix_and_check(
        tmp_path, _app("transit", "buses", BUSES, BUSES_TESTS), imports + call,
        imports + _raises_or(call, "got == datetime(2024, 6, 4, 5, 40)",
                             "the next bus after the last is not tomorrow's first")))


# --- key-stands-for-itself: the key stands for itself only in some cases, or not at all --

OWNERS = '''
    """Who is asked to review a change, from the CODEOWNERS file's owners."""

    from __future__ import annotations

    Teams = dict[str, list[str]]


    def people(owners: tuple[str, ...], teams: Teams) -> set[str]:
        """The people to ask for a review of a change owned by ``owners``.

        An owner who is a single user, ``@name``, stands for themselves. Any other owner
        is a team, ``@org/team``, and must be listed in ``teams``: a team missing there is
        a typo in CODEOWNERS, and the check that requests the reviews fails on it.
        """
        found: set[str] = set()
        for owner in owners:
            found.update(teams[owner])
        return found
'''

OWNERS_TESTS = '''
    from review.owners import people


    def test_people() -> None:
        teams = {"@acme/docs": ["@amir", "@bo"], "@acme/web": ["@bo", "@chen"]}
        assert people(("@acme/docs", "@acme/web"), teams) == {"@amir", "@bo", "@chen"}
'''


def test_a_misspelt_team_is_not_a_person(tmp_path: Path) -> None:
    # Users stand for themselves; a team missing from `teams` is a typo the check fails
    # on. The fix asks "@acme/dcos" for a review, and nobody of the docs team.
    imports = ("from review.owners import people\n"
               'TEAMS = {"@acme/docs": ["@amir", "@bo"]}\n')
    call = 'people(("@acme/dcos",), TEAMS)'
    _shown(fix_and_check(
        tmp_path, _app("review", "owners", OWNERS, OWNERS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a misspelt team asked as a person")))


LABELS = '''
    """The issue list's label badges."""

    from __future__ import annotations

    from html import escape

    Colours = dict[str, str]


    def badge(label: str, colours: Colours) -> str:
        """The HTML badge of ``label`` in the issue list.

        Each label is its own filter: clicking its badge lists the issues that carry it.
        A label the project has given no colour is drawn in grey, #ededed.
        """
        colour = colours[label]
        return (f'<a class="badge" href="?label={escape(label)}" '
                f'style="background: {colour}">{escape(label)}</a>')
'''

LABELS_TESTS = '''
    from tracker.badges import badge


    def test_badge() -> None:
        assert badge("bug", {"bug": "#d73a4a"}) == (
            '<a class="badge" href="?label=bug" style="background: #d73a4a">bug</a>')
'''


def test_a_label_is_its_own_filter_not_its_own_colour(tmp_path: Path) -> None:
    # "is its own filter" matches `is its own \\w+`; the badge's background becomes the
    # label's name ("background: wontfix") instead of the documented grey.
    imports = "from tracker.badges import badge\n"
    call = 'badge("wontfix", {"bug": "#d73a4a"})'
    _shown(fix_and_check(
        tmp_path, _app("tracker", "badges", LABELS, LABELS_TESTS), imports + call,
        imports + _raises_or(call, '"background: #ededed" in got',
                             "a label without a colour not drawn grey")))


REFS = '''
    """What a ref the user typed points at."""

    from __future__ import annotations

    from string import hexdigits

    Branches = dict[str, str]


    def commit_of(ref: str, branches: Branches) -> str:
        """The commit hash ``ref`` points at.

        A ref that is already a full 40-digit commit hash stands for itself; any other ref
        is the name of a branch, looked up in ``branches``.
        """
        if len(ref) == 40 and all(c in hexdigits for c in ref):
            return ref
        return branches[ref]
'''

REFS_TESTS = '''
    from vcs.refs import commit_of

    MAIN = "3f2a" * 10


    def test_commit_of() -> None:
        assert commit_of("main", {"main": MAIN}) == MAIN
        assert commit_of("c0ffee" * 6 + "beef", {"main": MAIN}) == "c0ffee" * 6 + "beef"
'''


def test_only_a_full_hash_stands_for_itself(tmp_path: Path) -> None:
    # The full hash is already returned as itself above the crash; a misspelt branch name
    # is then handed on as if it were a commit hash.
    imports = 'from vcs.refs import commit_of\nBRANCHES = {"main": "3f2a" * 10}\n'
    call = 'commit_of("feature/lgoin", BRANCHES)'
    _shown(fix_and_check(
        tmp_path, _app("vcs", "refs", REFS, REFS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a misspelt branch name taken for a commit")))


COMMANDS = '''
    """The command line's names for its commands."""

    from __future__ import annotations


    def resolve(name: str, aliases: dict[str, str]) -> str:
        """The command a typed name runs.

        ``aliases`` maps every name the tool accepts, the commands' own names and their
        old short forms, to the command. Since 2.0 an unknown name no longer stands for
        itself (that ran every typo as a plugin); a name missing from ``aliases`` is a
        typo, for the caller to report.
        """
        return aliases[name]
'''

COMMANDS_TESTS = '''
    from cli.names import resolve

    ALIASES = {"commit": "commit", "ci": "commit", "status": "status", "st": "status"}


    def test_resolve() -> None:
        assert [resolve(n, ALIASES) for n in ("ci", "status")] == ["commit", "status"]
'''


def test_an_unknown_name_no_longer_stands_for_itself(tmp_path: Path) -> None:
    # "no longer stands for itself" is read as "stands for itself": the typo "stauts"
    # runs as a command of that name.
    imports = ('from cli.names import resolve\n'
               'ALIASES = {"commit": "commit", "ci": "commit", "status": "status"}\n')
    call = 'resolve("stauts", ALIASES)'
    _shown(fix_and_check(
        tmp_path, _app("cli", "names", COMMANDS, COMMANDS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a typo run as a command")))


MESSAGES = '''
    """The shop's messages in the customer's language."""

    from __future__ import annotations

    CATALOGUES: dict[str, dict[str, str]] = {
        "en": {"checkout.confirm": "Confirm your order", "checkout.pay": "Pay now"},
        "fr": {"checkout.confirm": "Confirmez votre commande"},
    }


    def translate(key: str, locale: str) -> str:
        """The text of message ``key`` in ``locale``.

        A key the locale's catalogue lacks (a message not translated yet) is shown in
        English: the English catalogue has every key, and its text is used verbatim.
        """
        catalogue = CATALOGUES[locale]
        return catalogue[key]
'''

MESSAGES_TESTS = '''
    from shop.messages import translate


    def test_translate() -> None:
        assert translate("checkout.pay", "en") == "Pay now"
        assert translate("checkout.confirm", "fr") == "Confirmez votre commande"
'''


def test_an_untranslated_message_is_shown_in_english(tmp_path: Path) -> None:
    # "its text is used verbatim" speaks of the English catalogue's text; the fix shows
    # French customers the message's key, "checkout.pay", on the payment button.
    imports = "from shop.messages import translate\n"
    call = 'translate("checkout.pay", "fr")'
    _shown(fix_and_check(
        tmp_path, _app("shop", "messages", MESSAGES, MESSAGES_TESTS), imports + call,
        imports + _raises_or(call, 'got == "Pay now"',
                             "an untranslated message shown as its key")))


# --- empty-aggregate with key=: the empty case is another one ----------------------------

SENSORS = '''
    """Summaries of the weather stations' uploads."""

    from __future__ import annotations

    from dataclasses import dataclass


    class SensorFault(Exception):
        """A station whose sensor sends nothing but error frames."""


    @dataclass(frozen=True)
    class Reading:
        room: str
        celsius: float
        error: bool = False


    @dataclass(frozen=True)
    class Summary:
        count: int
        #: The warmest reading; None when there are no readings in the upload.
        warmest: Reading | None


    def summarise(readings: list[Reading]) -> Summary:
        """The upload's summary, error frames left out.

        An upload whose every reading is an error frame comes from a broken sensor: it
        raises SensorFault, so that the station is sent for repair.
        """
        good = [r for r in readings if not r.error]
        warmest = max(good, key=lambda r: r.celsius)
        return Summary(count=len(good), warmest=warmest)
'''

SENSORS_TESTS = '''
    from station.summary import Reading, Summary, summarise


    def test_summarise() -> None:
        hall, attic = Reading("hall", 19.5), Reading("attic", 24.0)
        assert summarise([hall, attic, Reading("cellar", -99.0, error=True)]) == Summary(
            count=2, warmest=attic)
'''


def test_a_sensor_sending_only_error_frames_is_broken(tmp_path: Path) -> None:
    # The sequence is filtered, then named: the inline-filter check never sees it. The
    # documented None is for an upload without readings; error frames only raise.
    imports = "from station.summary import Reading, summarise\n"
    call = 'summarise([Reading("hall", -99.0, error=True)])'
    _shown(fix_and_check(
        tmp_path, _app("station", "summary", SENSORS, SENSORS_TESTS), imports + call,
        imports + _raises_or(call, "False",
                             "a sensor sending only error frames summarised as empty")))


WALK_INS = '''
    """The host's tablet: seating walk-in parties."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Table:
        name: str
        seats: int


    @dataclass(frozen=True)
    class Welcome:
        """What the tablet shows a walk-in party. A party that no open table can seat is
        put on the waiting list instead, and gets no Welcome."""

        party: int
        #: The table to seat the party at; None when the restaurant is not open, and the
        #: tablet shows the opening hours instead.
        table: Table | None


    def welcome(party: int, open_tables: list[Table]) -> Welcome:
        """Seat a walk-in party at the smallest of the open tables that seat it."""
        table = min(open_tables, key=lambda t: t.seats)
        return Welcome(party=party, table=table)
'''

WALK_INS_TESTS = '''
    from diner.host import Table, Welcome, welcome


    def test_welcome() -> None:
        two, four = Table("Window", 2), Table("Booth", 4)
        assert welcome(2, [four, two]) == Welcome(2, two)
'''


def test_a_full_restaurant_is_not_shown_as_closed(tmp_path: Path) -> None:
    # The field's None is a closed restaurant's, matched through "open" (a word of
    # `open_tables`); with every table taken the fix shows the party the opening hours.
    imports = "from diner.host import welcome\n"
    call = "welcome(4, [])"
    _shown(fix_and_check(
        tmp_path, _app("diner", "host", WALK_INS, WALK_INS_TESTS), imports + call,
        imports + _raises_or(call, "got.table is not None",
                             "a full restaurant shown as closed")))


AUCTION = '''
    """Closing the lots of a sale."""

    from __future__ import annotations

    from dataclasses import dataclass


    class Unsold(Exception):
        """A lot nobody bid on: the auctioneer re-lists it in the next sale."""


    @dataclass(frozen=True)
    class Bid:
        bidder: str
        pence: int


    @dataclass(frozen=True)
    class Result:
        lot: str
        #: The winning bid; None while the lot is withdrawn from the sale (no bids are
        #: taken on it).
        winner: Bid | None


    def close(lot: str, bids: list[Bid]) -> Result:
        """The result of a lot when the hammer falls: the highest bid wins."""
        return Result(lot=lot, winner=max(bids, key=lambda bid: bid.pence))


    def close_sale(lots: dict[str, list[Bid]]) -> tuple[list[Result], list[str]]:
        """The sale's results, and the lots to re-list in the next sale."""
        results: list[Result] = []
        relist: list[str] = []
        for lot, bids in lots.items():
            try:
                results.append(close(lot, bids))
            except Unsold:
                relist.append(lot)
        return results, relist


    def withdraw(lot: str) -> Result:
        return Result(lot=lot, winner=None)
'''

AUCTION_TESTS = '''
    from sale.lots import Bid, Result, close_sale, withdraw


    def test_close_sale() -> None:
        low, high = Bid("ann", 5000), Bid("bo", 7200)
        assert close_sale({"Clock": [low, high]}) == ([Result("Clock", high)], [])
        assert withdraw("Vase") == Result("Vase", None)
'''


def test_an_unsold_lot_is_relisted_not_withdrawn(tmp_path: Path) -> None:
    # The field's None is a withdrawn lot's ("no bids are taken" mentions `bids`); the
    # caller re-lists a lot whose closing raises Unsold, "a lot nobody bid on". The fix
    # records the unsold clock as withdrawn, and it is never offered again.
    imports = "from sale.lots import close_sale\n"
    call = 'close_sale({"Clock": []})'
    _shown(fix_and_check(
        tmp_path, _app("sale", "lots", AUCTION, AUCTION_TESTS), imports + call,
        imports + _raises_or(call, 'got == ([], ["Clock"])',
                             "an unsold lot recorded as withdrawn, not re-listed")))


# --- over-blocks: the rule's own case, in other words -------------------------------------

ROTA = '''
    """The on-call rota."""

    from __future__ import annotations

    #: The engineers in rota order, one week each. The rota goes round: after the last
    #: engineer on the list, the first takes over again.
    ROTA = ("amir", "bo", "chen", "dana")


    def on_call(week: int) -> str:
        """Who holds the pager in ``week``, counted from the rota's first week (0)."""
        return ROTA[week]
'''

ROTA_TESTS = '''
    from ops.rota import on_call


    def test_on_call() -> None:
        assert [on_call(w) for w in range(4)] == ["amir", "bo", "chen", "dana"]
'''


def test_over_block_the_rota_goes_round(tmp_path: Path) -> None:
    # "goes round ... the first takes over again" is a cycle in other words.
    imports = "from ops.rota import on_call\n"
    data = fix_and_check(
        tmp_path, _app("ops", "rota", ROTA, ROTA_TESTS), imports + "on_call(5)",
        imports + 'assert [on_call(w) for w in (4, 5, 9)] == ["amir", "bo", "bo"]\n')
    _fixed(data)


ALIASES = '''
    """The command line's names for its commands."""

    from __future__ import annotations

    #: Old command names -> the current one.
    ALIASES = {"ci": "commit", "co": "checkout", "st": "status"}


    def resolve(name: str) -> str:
        """The command a typed name runs; a name without an alias is passed through as
        it is."""
        return ALIASES[name]
'''

ALIASES_TESTS = '''
    from cli.commands import resolve


    def test_resolve() -> None:
        assert [resolve(n) for n in ("ci", "co", "st")] == ["commit", "checkout", "status"]
'''


def test_over_block_a_module_alias_table_passed_through_as_it_is(tmp_path: Path) -> None:
    # The rule's own example: a module constant of scalars, its shape known only from the
    # literal in the source (the event holds no globals).
    imports = "from cli.commands import resolve\n"
    data = fix_and_check(
        tmp_path, _app("cli", "commands", ALIASES, ALIASES_TESTS), imports + 'resolve("push")',
        imports + 'assert [resolve(n) for n in ("push", "ci")] == ["push", "commit"]\n')
    _fixed(data)


TRIAGE = '''
    """The emergency department's waiting room."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass(frozen=True)
    class Patient:
        name: str
        #: 1 is the most urgent.
        triage: int
        arrived: datetime


    def call_next(waiting: list[Patient]) -> Patient | None:
        """The patient to call in next: the most urgent, and of those the one who has
        waited longest. None when the queue is empty."""
        return min(waiting, key=lambda patient: (patient.triage, patient.arrived))
'''

TRIAGE_TESTS = '''
    from datetime import datetime

    from clinic.triage import Patient, call_next


    def test_call_next() -> None:
        ann = Patient("Ann", 3, datetime(2024, 6, 3, 9, 0))
        bo = Patient("Bo", 2, datetime(2024, 6, 3, 9, 30))
        assert call_next([ann, bo]) is bo
'''


def test_over_block_none_when_the_queue_is_empty(tmp_path: Path) -> None:
    # "None when the queue is empty" is the empty case in the plainest words.
    imports = "from clinic.triage import call_next\n"
    data = fix_and_check(
        tmp_path, _app("clinic", "triage", TRIAGE, TRIAGE_TESTS), imports + "call_next([])",
        imports + "assert call_next([]) is None\n")
    _fixed(data)

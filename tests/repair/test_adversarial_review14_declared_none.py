"""Fourteenth adversarial review: ``declared-none-value``.

``declared-none-value`` (``candidates/declared_none_values.py``) answers a TypeError about
None in a statement reading a field whose declaration comment gives it a None case: it
substitutes the one module constant that the field's comment, sibling code (``x.f or
CONST``) or a docstring sentence sharing two words with the None case names, either for
the field or for the number worked out from it. Each wrong-fix trap is a small app whose
words say the constant is not the answer for the crash's None; the hidden assertion checks
the behaviour those words give, and a declined fix passes.

Wrong-fix traps:

* ``test_a_one_off_gift_has_no_next_delivery``: the constant is named by another class's
  ``every_weeks`` (a subscription's standard plan); the gift box's own comment says a
  None interval is a one-off gift with no next delivery;
* ``test_a_paused_plan_raises_instead_of_the_standard_interval``: the field's comment
  names the constant only to say the paused case raises and never falls back on it;
* ``test_a_cancelled_subscription_gets_no_next_delivery``: the comment gives two None
  cases, the constant is for the standard plan, and the crash's object is cancelled;
* ``test_the_grace_period_is_billings_not_the_reminders``: the comment names
  ``billing.GRACE_DAYS``; the crashed module has its own ``GRACE_DAYS`` of another
  meaning, and the module prefix is ignored;
* ``test_an_unweighed_pallet_is_not_priced_as_the_smallest_parcel``: the sibling ``or``
  reads ``weight_kg`` of a ``Parcel``; the crash's ``Pallet`` cannot be quoted unweighed;
* ``test_a_relayed_stream_moves_the_running_order_on_by_its_slot``: the constant is the
  stream's airtime, but the number chain takes in ``at + slot.length`` and the running
  order jumps back to the constant;
* ``test_a_stream_is_not_given_the_bitrate_as_its_length``: the docstring sentence shares
  "internet radio streams" with the None case by coincidence: it gives their bitrate;
* ``test_a_stream_the_car_stereo_cannot_play_is_omitted``: the sentence says streams are
  *omitted* (no ``_REFUSAL`` word) and the constant is for podcasts of unknown length;
* ``test_a_download_size_is_not_worked_out_from_the_unknown_length``: the sibling is the
  crashed function's own ``#EXTINF`` seconds; the crash is the download size, which the
  docstring makes None for a stream;
* ``test_a_live_track_is_not_shown_as_an_hour_long``: the constant in the None clause is
  the importer's limit the stream is never checked against;
* ``test_the_csv_leaves_an_unrated_courses_cell_empty``: the sentence gives the constant
  for the summary table and an empty cell for the CSV export, where the crash is;
* ``test_the_speakers_read_a_stream_as_zero_seconds``: "streams are *not* given
  UNKNOWN_LENGTH" (a negation ``_REFUSAL`` does not read);
* ``test_a_rush_switch_is_not_a_delivery_interval``: the sibling ``or`` is a feature flag
  in a boolean test (``sub.every_weeks or CHRISTMAS_RUSH``): ``timedelta(weeks=False)``.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_the_constant_read_through_its_module``: the comment names
  ``schedule.DEFAULT_INTERVAL_WEEKS`` and the crashed module imports ``schedule``;
* ``test_over_block_the_class_docstring_gives_the_streams_length``: the sentence is in the
  docstring of the class whose method crashed;
* ``test_over_block_a_relayed_stream_added_to_the_running_order``: ``at += slot.length``
  with the sentence giving the stream's airtime.

As written, 15 of the 16 fail: all 13 wrong-fix traps are reported ``fixed`` by
``declared-none-value`` with the wrong behaviour, and the first two over-block checks end
``not_fixed`` (a module-qualified constant is not "reachable"; the class docstring is not
read). The ``at += slot.length`` over-block is fixed correctly, while its twin trap ``at =
at + slot.length`` is not: the number chain follows the syntax, not the words.

All 16 pass since the rule was rebuilt on the object's own class and one None case per
comment (``none_declarations.py``), with refusals, negations, second answers and sums
read (2026-11-27). The download-size trap was a none-guard's ``return {}``: a docstring
saying one part of the answer is None now takes that backing away (``generic_backing``).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- the constant is for another None than the crash's -------------------------------------

GIFT_PLANS = '''
    """Subscriptions and gift boxes of the roastery."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Subscription:
        customer: str
        last_delivery: date
        #: Weeks between deliveries; None for the standard plan (DEFAULT_INTERVAL_WEEKS).
        every_weeks: int | None = None


    @dataclass
    class GiftBox:
        recipient: str
        last_delivery: date
        #: Weeks between deliveries of a gift that repeats; None for a one-off gift, which
        #: is delivered once and has no next delivery.
        every_weeks: int | None = None
'''

GIFT_SCHEDULE = '''
    """When the next bag of coffee leaves the roastery."""

    from __future__ import annotations

    from datetime import date, timedelta

    from roastery.plans import GiftBox, Subscription

    #: The standard plan: a bag every fortnight.
    DEFAULT_INTERVAL_WEEKS = 2


    def next_delivery(sub: Subscription) -> date:
        weeks = DEFAULT_INTERVAL_WEEKS if sub.every_weeks is None else sub.every_weeks
        return sub.last_delivery + timedelta(weeks=weeks)


    def next_gift_delivery(gift: GiftBox) -> date | None:
        return gift.last_delivery + timedelta(weeks=gift.every_weeks)
'''

GIFT_TESTS = '''
    from datetime import date

    from roastery.plans import GiftBox, Subscription
    from roastery.schedule import next_delivery, next_gift_delivery


    def test_next_delivery() -> None:
        assert next_delivery(Subscription("Ann", date(2025, 3, 1))) == date(2025, 3, 15)
        assert next_delivery(Subscription("Ann", date(2025, 3, 1), 1)) == date(2025, 3, 8)


    def test_a_repeating_gift() -> None:
        gift = GiftBox("Ben", date(2025, 3, 1), 4)
        assert next_gift_delivery(gift) == date(2025, 3, 29)
'''


def test_a_one_off_gift_has_no_next_delivery(tmp_path: Path) -> None:
    # declaration_comments gathers every `every_weeks:` of the repository; the constant
    # is the Subscription's, the crash's None is a GiftBox's "one-off gift".
    imports = ("from datetime import date\nfrom roastery.plans import GiftBox\n"
               "from roastery.schedule import next_gift_delivery\n")
    call = 'next_gift_delivery(GiftBox("Ben", date(2025, 3, 1)))'
    files = _app("roastery", "schedule", GIFT_SCHEDULE, GIFT_TESTS,
                 {"roastery/plans.py": GIFT_PLANS})
    _shown(fix_and_check(
        tmp_path, files, imports + call,
        imports + _raises_or(call, "got is None",
                             "a one-off gift given a next delivery")))


PAUSED_PLANS = '''
    """Subscriptions of the roastery."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    class PlanPaused(Exception):
        """Raised for a subscription whose deliveries the customer has paused."""


    @dataclass
    class Subscription:
        customer: str
        last_delivery: date
        #: Weeks between deliveries, or None while the customer has paused the plan: a
        #: paused plan has no next delivery, so next_delivery raises PlanPaused for it and
        #: never falls back on DEFAULT_INTERVAL_WEEKS.
        every_weeks: int | None
'''

PAUSED_SCHEDULE = '''
    """When the next bag of coffee leaves the roastery."""

    from __future__ import annotations

    from datetime import date, timedelta

    from roastery.plans import Subscription

    #: The interval a new subscription starts on: a bag every fortnight.
    DEFAULT_INTERVAL_WEEKS = 2


    def subscribe(customer: str, today: date) -> Subscription:
        return Subscription(customer, today, DEFAULT_INTERVAL_WEEKS)


    def next_delivery(sub: Subscription) -> date:
        return sub.last_delivery + timedelta(weeks=sub.every_weeks)
'''

PAUSED_TESTS = '''
    from datetime import date

    from roastery.schedule import next_delivery, subscribe


    def test_next_delivery() -> None:
        assert next_delivery(subscribe("Ann", date(2025, 3, 1))) == date(2025, 3, 15)
'''


def test_a_paused_plan_raises_instead_of_the_standard_interval(tmp_path: Path) -> None:
    # The field's comment names the constant only to say the None case never takes it;
    # the comment's clauses are not read for raising as the sentences are.
    imports = ("from datetime import date\nfrom roastery.plans import Subscription\n"
               "from roastery.schedule import next_delivery\n")
    call = 'next_delivery(Subscription("Ann", date(2025, 3, 1), None))'
    files = _app("roastery", "schedule", PAUSED_SCHEDULE, PAUSED_TESTS,
                 {"roastery/plans.py": PAUSED_PLANS})
    _shown(fix_and_check(
        tmp_path, files, imports + call,
        imports + _raises_or(call, "False", "a paused plan given a next delivery")))


CANCELLED_PLANS = '''
    """Subscriptions of the roastery."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Subscription:
        customer: str
        last_delivery: date
        cancelled: bool = False
        #: Weeks between deliveries. None for the standard plan, a bag every
        #: DEFAULT_INTERVAL_WEEKS. None as well once the subscription is cancelled: it
        #: has no next delivery.
        every_weeks: int | None = None
'''

CANCELLED_SCHEDULE = '''
    """When the next bag of coffee leaves the roastery."""

    from __future__ import annotations

    from datetime import date, timedelta

    from roastery.plans import Subscription

    #: The standard plan: a bag every fortnight.
    DEFAULT_INTERVAL_WEEKS = 2


    def next_delivery(sub: Subscription) -> date | None:
        return sub.last_delivery + timedelta(weeks=sub.every_weeks)
'''

CANCELLED_TESTS = '''
    from datetime import date

    from roastery.plans import Subscription
    from roastery.schedule import next_delivery


    def test_next_delivery() -> None:
        sub = Subscription("Ann", date(2025, 3, 1), every_weeks=3)
        assert next_delivery(sub) == date(2025, 3, 22)
'''


def test_a_cancelled_subscription_gets_no_next_delivery(tmp_path: Path) -> None:
    # Two None cases; the constant is the standard plan's; the captured object shows
    # `cancelled=True`.
    imports = ("from datetime import date\nfrom roastery.plans import Subscription\n"
               "from roastery.schedule import next_delivery\n")
    call = 'next_delivery(Subscription("Ann", date(2025, 3, 1), cancelled=True))'
    files = _app("roastery", "schedule", CANCELLED_SCHEDULE, CANCELLED_TESTS,
                 {"roastery/plans.py": CANCELLED_PLANS})
    _shown(fix_and_check(
        tmp_path, files, imports + call,
        imports + _raises_or(call, "got is None",
                             "a cancelled subscription given a next delivery")))


# --- the constant named is another one of the same name -----------------------------------

GRACE_ACCOUNTS = '''
    """Customer accounts."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Account:
        name: str
        invoiced_on: date
        #: Days this account may leave an invoice unpaid; None for the house default
        #: (billing.GRACE_DAYS).
        grace_days: int | None = None
'''

GRACE_BILLING = '''
    """Invoicing terms."""

    #: Days an unpaid invoice stays open before the account is suspended.
    GRACE_DAYS = 14
'''

GRACE_REMINDERS = '''
    """Reminder e-mails about unpaid invoices."""

    from __future__ import annotations

    from datetime import date, timedelta

    from billing.accounts import Account

    #: Days before the suspension that the last reminder goes out: the customer's grace
    #: to pay after the final warning.
    GRACE_DAYS = 3


    def suspension_date(account: Account) -> date:
        return account.invoiced_on + timedelta(days=account.grace_days)


    def last_reminder(account: Account) -> date:
        return suspension_date(account) - timedelta(days=GRACE_DAYS)
'''

GRACE_TESTS = '''
    from datetime import date

    from billing.accounts import Account
    from billing.reminders import last_reminder, suspension_date


    def test_dates() -> None:
        account = Account("Acme", date(2025, 3, 1), 30)
        assert suspension_date(account) == date(2025, 3, 31)
        assert last_reminder(account) == date(2025, 3, 28)
'''


def test_the_grace_period_is_billings_not_the_reminders(tmp_path: Path) -> None:
    # `(billing.GRACE_DAYS)`: `_CONSTANT` keeps the bare name, which the crashed module
    # defines with another meaning (3 days).
    imports = ("from datetime import date\nfrom billing.accounts import Account\n"
               "from billing.reminders import suspension_date\n")
    call = 'suspension_date(Account("Acme", date(2025, 3, 1)))'
    files = {"billing/__init__.py": GRACE_BILLING, "billing/accounts.py": GRACE_ACCOUNTS,
             "billing/reminders.py": GRACE_REMINDERS, "tests/__init__.py": "",
             "tests/test_reminders.py": GRACE_TESTS}
    _shown(fix_and_check(
        tmp_path, files, imports + call,
        imports + _raises_or(call, "got == date(2025, 3, 15)",
                             "the house grace period not billing's 14 days")))


PALLET_MODELS = '''
    """What the depot ships."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Parcel:
        ref: str
        #: Weight in kg as the sender declared it; None when the sender left it blank.
        weight_kg: float | None = None


    @dataclass
    class Pallet:
        ref: str
        #: Weight in kg from the depot's scales; None until the pallet has been weighed,
        #: and an unweighed pallet cannot be quoted yet.
        weight_kg: float | None = None
'''

PALLET_PRICING = '''
    """Prices of what the depot ships."""

    from __future__ import annotations

    from freight.models import Pallet, Parcel

    #: What a parcel without a declared weight is charged as: the smallest parcel band.
    MIN_PARCEL_KG = 1.0
    #: Pounds per kg.
    PARCEL_RATE = 4.5
    PALLET_RATE = 0.9


    def parcel_price(parcel: Parcel) -> float:
        return round((parcel.weight_kg or MIN_PARCEL_KG) * PARCEL_RATE, 2)


    def pallet_quote(pallet: Pallet) -> float | None:
        return round(pallet.weight_kg * PALLET_RATE, 2)
'''

PALLET_TESTS = '''
    from freight.models import Pallet, Parcel
    from freight.pricing import pallet_quote, parcel_price


    def test_prices() -> None:
        assert parcel_price(Parcel("P1", 2.0)) == 9.0
        assert parcel_price(Parcel("P2")) == 4.5
        assert pallet_quote(Pallet("L1", 500.0)) == 450.0
'''


def test_an_unweighed_pallet_is_not_priced_as_the_smallest_parcel(tmp_path: Path) -> None:
    # The sibling `parcel.weight_kg or MIN_PARCEL_KG` is another class's field of the same
    # name; `_siblings_constant` matches the bare attribute.
    imports = "from freight.models import Pallet\nfrom freight.pricing import pallet_quote\n"
    call = 'pallet_quote(Pallet("L2"))'
    _shown(fix_and_check(
        tmp_path, _app("freight", "pricing", PALLET_PRICING, PALLET_TESTS,
                       {"freight/models.py": PALLET_MODELS}),
        imports + call,
        imports + _raises_or(call, "got is None", "an unweighed pallet given a quote")))


# --- the number chain takes in too much -----------------------------------------------------

SLOTS = '''
    """The station's programmes."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Slot:
        title: str
        #: Length in seconds; None for a live stream relayed from another station, which
        #: has no end.
        length: int | None
'''

RUNNING_ORDER = '''
    """The station's running order for the day.

    Each slot starts when the one before it ends. A slot with no length (a live stream
    relayed from another station) is given STREAM_SLOT_SECONDS of airtime.
    """

    from __future__ import annotations

    from radio.slots import Slot

    #: Airtime in seconds a relayed stream gets in the running order.
    STREAM_SLOT_SECONDS = 1800


    def running_order(slots: list[Slot], start: int) -> list[tuple[int, str]]:
        order = []
        at = start
        for slot in slots:
            order.append((at, slot.title))
            at = at + slot.length
        return order
'''

RUNNING_ORDER_TESTS = '''
    from radio.order import running_order
    from radio.slots import Slot


    def test_running_order() -> None:
        got = running_order([Slot("news", 600), Slot("jazz", 3600), Slot("news", 600)], 100)
        assert got == [(100, "news"), (700, "jazz"), (4300, "news")]
'''


def test_a_relayed_stream_moves_the_running_order_on_by_its_slot(tmp_path: Path) -> None:
    # The constant is the stream's airtime (the field's value); the chain wraps
    # `at + slot.length`, so the clock jumps back to 1800.
    imports = "from radio.order import running_order\nfrom radio.slots import Slot\n"
    call = 'running_order([Slot("news", 600), Slot("relay", None), Slot("jazz", 3600)], 0)'
    _shown(fix_and_check(
        tmp_path, _app("radio", "order", RUNNING_ORDER, RUNNING_ORDER_TESTS,
                       {"radio/slots.py": SLOTS}),
        imports + call,
        imports + _raises_or(call, 'got == [(0, "news"), (600, "relay"), (2400, "jazz")]',
                             "the running order after a relayed stream")))


# --- the sentence is about another thing of the same case -----------------------------------

TRACKS = '''
    """The shop's music library."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Track:
        title: str
        location: str
        #: Length in seconds; None for internet radio streams, which have no end.
        duration: float | None
'''

BITRATE_M3U = '''
    """Extended M3U playlists for the shop's players.

    Each entry is an ``#EXTINF:<seconds>,<title>`` line followed by its location. Internet
    radio streams are fetched at STREAM_BITRATE kbps, the rate every station we list
    offers. A player reads an entry of unknown length, written as -1, as live.
    """

    from __future__ import annotations

    from music.library import Track

    #: The bitrate in kbps at which the players fetch a radio station.
    STREAM_BITRATE = 128


    def entry(track: Track) -> str:
        return f"#EXTINF:{round(track.duration)},{track.title}\\n{track.location}"
'''

BITRATE_TESTS = '''
    from music.library import Track
    from music.m3u import entry


    def test_entry() -> None:
        got = entry(Track("Blue in Green", "/music/blue.mp3", 337.4))
        assert got == "#EXTINF:337,Blue in Green\\n/music/blue.mp3"
'''


def test_a_stream_is_not_given_the_bitrate_as_its_length(tmp_path: Path) -> None:
    # "Internet radio streams are fetched at STREAM_BITRATE kbps" shares three words with
    # the None case and says nothing of length.
    imports = "from music.library import Track\nfrom music.m3u import entry\n"
    call = 'entry(Track("Jazz FM", "http://jazz.example/live", None))'
    _shown(fix_and_check(
        tmp_path, _app("music", "m3u", BITRATE_M3U, BITRATE_TESTS,
                       {"music/library.py": TRACKS}),
        imports + call,
        imports + _raises_or(call, 'got.startswith("#EXTINF:-1,")',
                             "a stream's #EXTINF is not -1")))


CAR_TRACKS = '''
    """The car stereo's music library."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Track:
        title: str
        location: str
        #: Length in seconds; None for internet radio streams, which have no end, and for
        #: podcast episodes whose feed gives no length.
        duration: float | None
        is_stream: bool = False
'''

CAR_M3U = '''
    """Extended M3U playlists for the car stereo.

    Internet radio streams, which the car stereo cannot play, are omitted from its
    playlists, unlike podcast episodes of unknown length, which get UNKNOWN_LENGTH.
    """

    from __future__ import annotations

    from car.library import Track

    #: What #EXTINF says for an entry of no known length.
    UNKNOWN_LENGTH = -1


    def playlist(tracks: list[Track]) -> str:
        lines = ["#EXTM3U"]
        for track in tracks:
            lines.append(f"#EXTINF:{round(track.duration)},{track.title}")
            lines.append(track.location)
        return "\\n".join(lines)
'''

CAR_TESTS = '''
    from car.library import Track
    from car.m3u import playlist


    def test_playlist() -> None:
        got = playlist([Track("So What", "/m/so-what.mp3", 562.0)])
        assert got == "#EXTM3U\\n#EXTINF:562,So What\\n/m/so-what.mp3"
'''


def test_a_stream_the_car_stereo_cannot_play_is_omitted(tmp_path: Path) -> None:
    # "omitted" is no `_REFUSAL` word; the sentence's constant is the podcasts'.
    imports = "from car.library import Track\nfrom car.m3u import playlist\n"
    call = ('playlist([Track("So What", "/m/so-what.mp3", 562.0), '
            'Track("Jazz FM", "http://jazz.example/live", None, is_stream=True)])')
    _shown(fix_and_check(
        tmp_path, _app("car", "m3u", CAR_M3U, CAR_TESTS, {"car/library.py": CAR_TRACKS}),
        imports + call,
        imports + _raises_or(call, '"Jazz FM" not in got and "jazz.example" not in got',
                             "a stream the car stereo cannot play is listed")))


SIZE_TRACKS = '''
    """The shop's music library."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Track:
        title: str
        #: Kilobits per second.
        bitrate: int
        #: Length in seconds; None for internet radio streams, which have no end.
        duration: float | None
'''

SIZE_M3U = '''
    """Playlist entries of the download page."""

    from __future__ import annotations

    from shop.library import Track

    #: What #EXTINF says for an entry of no known length; players show it as live.
    UNKNOWN_LENGTH = -1


    def entry(track: Track) -> dict[str, object]:
        """A download page entry: its #EXTINF line and the size of its download in KB.

        An internet radio stream cannot be downloaded: its size_kb is None.
        """
        size_kb = round(track.duration * track.bitrate / 8)
        seconds = UNKNOWN_LENGTH if track.duration is None else round(track.duration)
        return {"extinf": f"#EXTINF:{seconds},{track.title}", "size_kb": size_kb}
'''

SIZE_TESTS = '''
    from shop.library import Track
    from shop.m3u import entry


    def test_entry() -> None:
        assert entry(Track("So What", 320, 562.0)) == {"extinf": "#EXTINF:562,So What",
                                                       "size_kb": 22480}
'''


def test_a_download_size_is_not_worked_out_from_the_unknown_length(tmp_path: Path) -> None:
    # The sibling `UNKNOWN_LENGTH if track.duration is None else ...` is the crashed
    # function's own #EXTINF seconds (the `node is own` skip compares nodes of two
    # parses); the crash is the download size, None for a stream.
    imports = "from shop.library import Track\nfrom shop.m3u import entry\n"
    call = 'entry(Track("Jazz FM", 128, None))'
    _shown(fix_and_check(
        tmp_path, _app("shop", "m3u", SIZE_M3U, SIZE_TESTS, {"shop/library.py": SIZE_TRACKS}),
        imports + call,
        imports + _raises_or(call, 'got == {"extinf": "#EXTINF:-1,Jazz FM", "size_kb": None}',
                             "a stream's download size")))


LIVE_LIBRARY = '''
    """The jukebox's library."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The longest track the importer accepts (an hour); longer files are turned away.
    MAX_TRACK_SECONDS = 3600


    @dataclass
    class Track:
        title: str
        #: Length in seconds; None for a live stream, which the importer never checks
        #: against MAX_TRACK_SECONDS.
        duration: float | None


    def import_track(title: str, duration: float | None) -> Track:
        if duration is not None and duration > MAX_TRACK_SECONDS:
            raise ValueError(f"{title} is longer than an hour")
        return Track(title, duration)


    def display_length(track: Track) -> str:
        """The length the jukebox's screen shows, as minutes:seconds.

        A live stream is shown as "live".
        """
        minutes, seconds = divmod(round(track.duration), 60)
        return f"{minutes}:{seconds:02d}"
'''

LIVE_TESTS = '''
    from jukebox.library import display_length, import_track


    def test_display_length() -> None:
        assert display_length(import_track("So What", 562.0)) == "9:22"
'''


def test_a_live_track_is_not_shown_as_an_hour_long(tmp_path: Path) -> None:
    # The constant in the None clause is a limit the stream is never checked against.
    imports = "from jukebox.library import Track, display_length\n"
    call = 'display_length(Track("Jazz FM", None))'
    _shown(fix_and_check(
        tmp_path, _app("jukebox", "library", LIVE_LIBRARY, LIVE_TESTS), imports + call,
        imports + _raises_or(call, 'got == "live"', "a live stream's length")))


COURSE_MODELS = '''
    """Courses of the evening school."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Course:
        title: str
        #: Mean of the students' ratings, 1 to 5; None while nobody has rated the course
        #: yet.
        average_rating: float | None = None
'''

COURSE_REPORT = '''
    """The course feedback report.

    The summary table shows each course's average rating in stars; a course nobody has
    rated yet shows NO_RATING_STARS there, while the CSV export leaves that course's
    cell empty.
    """

    from __future__ import annotations

    from school.models import Course

    #: Stars the summary table shows for a course nobody has rated.
    NO_RATING_STARS = 0


    def summary_row(course: Course) -> str:
        if course.average_rating is None:
            stars = NO_RATING_STARS
        else:
            stars = round(course.average_rating)
        return f"{course.title}: " + "*" * stars


    def csv_row(course: Course) -> str:
        return f"{course.title},{round(course.average_rating, 1)}"
'''

COURSE_TESTS = '''
    from school.models import Course
    from school.report import csv_row, summary_row


    def test_rows() -> None:
        assert summary_row(Course("Pottery", 4.2)) == "Pottery: ****"
        assert summary_row(Course("Welsh")) == "Welsh: "
        assert csv_row(Course("Pottery", 4.24)) == "Pottery,4.2"
'''


def test_the_csv_leaves_an_unrated_courses_cell_empty(tmp_path: Path) -> None:
    # The one sentence gives the constant to the summary table, an empty cell to the CSV.
    imports = "from school.models import Course\nfrom school.report import csv_row\n"
    call = 'csv_row(Course("Welsh"))'
    _shown(fix_and_check(
        tmp_path, _app("school", "report", COURSE_REPORT, COURSE_TESTS,
                       {"school/models.py": COURSE_MODELS}),
        imports + call,
        imports + _raises_or(call, 'got == "Welsh,"', "an unrated course's CSV cell")))


SPEAKER_M3U = '''
    """Extended M3U playlists for the shop's speakers.

    Internet radio streams are not given UNKNOWN_LENGTH: the speakers read #EXTINF:0 as a
    live stream, and they stop at the end of an entry marked -1.
    """

    from __future__ import annotations

    from speakers.library import Track

    #: What #EXTINF says for a podcast episode whose feed gives no length.
    UNKNOWN_LENGTH = -1


    def entry(track: Track) -> str:
        return f"#EXTINF:{round(track.duration)},{track.title}\\n{track.location}"
'''

SPEAKER_TESTS = '''
    from speakers.library import Track
    from speakers.m3u import entry


    def test_entry() -> None:
        got = entry(Track("Blue in Green", "/music/blue.mp3", 337.4))
        assert got == "#EXTINF:337,Blue in Green\\n/music/blue.mp3"
'''


def test_the_speakers_read_a_stream_as_zero_seconds(tmp_path: Path) -> None:
    # "are not given UNKNOWN_LENGTH": a negation that `_REFUSAL` does not read.
    imports = "from speakers.library import Track\nfrom speakers.m3u import entry\n"
    call = 'entry(Track("Jazz FM", "http://jazz.example/live", None))'
    _shown(fix_and_check(
        tmp_path, _app("speakers", "m3u", SPEAKER_M3U, SPEAKER_TESTS,
                       {"speakers/library.py": TRACKS}),
        imports + call,
        imports + _raises_or(call, 'got.startswith("#EXTINF:0,")',
                             "a stream's #EXTINF on the speakers")))


RUSH_PLANS = '''
    """Subscriptions of the roastery."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Subscription:
        customer: str
        last_delivery: date
        #: Weeks between deliveries; None for the standard plan, a bag every fortnight.
        every_weeks: int | None = None
'''

RUSH_SCHEDULE = '''
    """When the next bag of coffee leaves the roastery."""

    from __future__ import annotations

    from datetime import date, timedelta

    from roastery.plans import Subscription

    #: The standard plan's interval: a fortnight.
    STANDARD_WEEKS = 2
    #: Ops switch: every box ships with a packing slip during the Christmas rush.
    CHRISTMAS_RUSH = False


    def needs_packing_slip(sub: Subscription) -> bool:
        """A subscription on its own interval gets a packing slip, and every box does
        during the Christmas rush."""
        return bool(sub.every_weeks or CHRISTMAS_RUSH)


    def next_delivery(sub: Subscription) -> date:
        return sub.last_delivery + timedelta(weeks=sub.every_weeks)
'''

RUSH_TESTS = '''
    from datetime import date

    from roastery.plans import Subscription
    from roastery.schedule import needs_packing_slip, next_delivery


    def test_schedule() -> None:
        sub = Subscription("Ann", date(2025, 3, 1), 3)
        assert next_delivery(sub) == date(2025, 3, 22)
        assert needs_packing_slip(sub)
        assert not needs_packing_slip(Subscription("Ben", date(2025, 3, 1)))
'''


def test_a_rush_switch_is_not_a_delivery_interval(tmp_path: Path) -> None:
    # The sibling `sub.every_weeks or CHRISTMAS_RUSH` is a boolean test with a feature
    # flag; `timedelta(weeks=False)` delivers again the same day.
    imports = ("from datetime import date\nfrom roastery.plans import Subscription\n"
               "from roastery.schedule import next_delivery\n")
    call = 'next_delivery(Subscription("Ben", date(2025, 3, 1)))'
    _shown(fix_and_check(
        tmp_path, _app("roastery", "schedule", RUSH_SCHEDULE, RUSH_TESTS,
                       {"roastery/plans.py": RUSH_PLANS}),
        imports + call,
        imports + _raises_or(call, "got == date(2025, 3, 15)",
                             "the standard plan's next delivery")))


# --- over-block checks -------------------------------------------------------------------

MODULE_PLANS = '''
    """Subscriptions of the roastery."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Subscription:
        customer: str
        last_delivery: date
        #: Weeks between deliveries; None for the standard plan
        #: (schedule.DEFAULT_INTERVAL_WEEKS).
        every_weeks: int | None = None
'''

MODULE_SCHEDULE = '''
    """The roastery's delivery intervals."""

    #: The standard plan: a bag every fortnight.
    DEFAULT_INTERVAL_WEEKS = 2
    #: The most deliveries a page lists.
    MAX_UPCOMING = 12
'''

MODULE_VIEWS = '''
    """The customer's delivery page."""

    from __future__ import annotations

    from datetime import date, timedelta

    from roastery import schedule
    from roastery.plans import Subscription


    def upcoming(sub: Subscription) -> list[date]:
        step = timedelta(weeks=sub.every_weeks)
        return [sub.last_delivery + step * n for n in range(1, schedule.MAX_UPCOMING + 1)]
'''

MODULE_TESTS = '''
    from datetime import date

    from roastery.plans import Subscription
    from roastery.views import upcoming


    def test_upcoming() -> None:
        got = upcoming(Subscription("Ann", date(2025, 3, 1), 1))
        assert len(got) == 12 and got[0] == date(2025, 3, 8)
'''


def test_over_block_the_constant_read_through_its_module(tmp_path: Path) -> None:
    # "(schedule.DEFAULT_INTERVAL_WEEKS)", and the crashed module reads `schedule.`.
    imports = ("from datetime import date\nfrom roastery.plans import Subscription\n"
               "from roastery.views import upcoming\n")
    call = 'upcoming(Subscription("Ann", date(2025, 3, 1)))'
    _fixed(fix_and_check(
        tmp_path, _app("roastery", "views", MODULE_VIEWS, MODULE_TESTS,
                       {"roastery/plans.py": MODULE_PLANS,
                        "roastery/schedule.py": MODULE_SCHEDULE}),
        imports + call,
        imports + f"got = {call}\n"
                  "assert got[:2] == [date(2025, 3, 15), date(2025, 3, 29)], got\n"))


CLASS_LIBRARY = '''
    """The shop's music library."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: What #EXTINF says for an entry of no known length.
    UNKNOWN_LENGTH = -1


    @dataclass
    class Track:
        """A playlist entry. An internet radio stream has no length: its #EXTINF line
        says UNKNOWN_LENGTH, which players show as live."""

        title: str
        #: Length in seconds; None for internet radio streams, which have no end.
        duration: float | None

        def extinf(self) -> str:
            return f"#EXTINF:{round(self.duration)},{self.title}"
'''

CLASS_TESTS = '''
    from music.library import Track


    def test_extinf() -> None:
        assert Track("Blue in Green", 337.4).extinf() == "#EXTINF:337,Blue in Green"
'''


def test_over_block_the_class_docstring_gives_the_streams_length(tmp_path: Path) -> None:
    # `_sentence_backing` reads the function's and the module's docstrings, not the
    # docstring of the class the method belongs to.
    imports = "from music.library import Track\n"
    call = 'Track("Jazz FM", None).extinf()'
    _fixed(fix_and_check(
        tmp_path, _app("music", "library", CLASS_LIBRARY, CLASS_TESTS), imports + call,
        imports + f"got = {call}\nassert got == '#EXTINF:-1,Jazz FM', got\n"))


AUG_RUNNING_ORDER = RUNNING_ORDER.replace("at = at + slot.length", "at += slot.length")


def test_over_block_a_relayed_stream_added_to_the_running_order(tmp_path: Path) -> None:
    # The same words as the running-order trap, with `at += slot.length`: the chain stops
    # at the field, which takes the stream's airtime.
    imports = "from radio.order import running_order\nfrom radio.slots import Slot\n"
    call = 'running_order([Slot("news", 600), Slot("relay", None), Slot("jazz", 3600)], 0)'
    _fixed(fix_and_check(
        tmp_path, _app("radio", "order", AUG_RUNNING_ORDER, RUNNING_ORDER_TESTS,
                       {"radio/slots.py": SLOTS}),
        imports + call,
        imports + f"got = {call}\n"
                  'assert got == [(0, "news"), (600, "relay"), (2400, "jazz")], got\n'))

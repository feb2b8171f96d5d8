"""Sixteenth adversarial review: None handed to a function that takes it, null fields of
a None, and the table entry that stands in for the unlisted.

``item-for-none-taking-parameter`` (``candidates/none_taking_parameters.py``) turns
``name = seq[-1]`` (or ``seq[0]``) into ``seq[-1] if seq else None`` when every later
read of ``name`` is an argument of a repository function whose parameter allows None
and whose body tests it against None; its filter ``none_answers_taken`` backs a guess
that only adds ``return None`` to a function declared ``-> X | None`` whose every caller
hands the result straight to such a parameter.

``null-fields-of-none`` (``candidates/null_fields_of_none.py``) makes each dict field
that reads a None variable ``... if var is not None else None`` where one docstring
sentence names all those keys with null and an empty case.

``stand_in_entry`` (``contract_constants.py``, read by ``candidates/missing_key.py``)
answers ``TABLE[key]`` with ``TABLE.get(key, TABLE[CONSTANT])`` where a module constant
holds a key of TABLE and its comment says its entry applies to any key not listed.

Each wrong-fix trap is a small app whose words say the template's answer is not the
app's; the hidden assertion checks the behaviour those words give, and a declined fix
passes.

Wrong-fix traps, ``item-for-none-taking-parameter`` and ``none_answers_taken``:

* ``test_a_plant_never_watered_was_not_watered_today``: ``days_since(day: date | None)``
  answers None as "a watering logged just now", 0 days; a plant never watered is shown
  as watered today;
* ``test_a_meter_without_readings_is_not_billed_from_none``: the item goes to
  ``found.append(newest)`` on a plain list; the repository's only ``append`` is
  ``Timeline.append(event: Reading | None)``, which drops a None, matched by bare name;
* ``test_a_parked_van_is_not_an_electric_van``: the guess answers None for a van that
  did not move, and its one caller hands it to ``economy_cell(economy: float | None)``,
  whose None is an electric van, shown "EV";
* ``test_a_float_function_is_not_backed_by_find_vans_callers``: the guess adds ``return
  None`` to ``litres_per_100km(...) -> float``; ``_none_answering_function`` takes the
  first function of the module holding a ``return None``, ``find_van(...) -> Van |
  None``, and backs the guess with *its* caller;
* ``test_the_newest_message_is_collected_once``: ``inbox.collected`` is a property that
  empties the inbox; read twice by ``... if inbox.collected else None``, the newest
  message of a full inbox raises IndexError.

Wrong-fix traps, ``null-fields-of-none``:

* ``test_an_unknown_review_id_is_not_a_card_of_nulls``: the None is an id no review
  has ("is not found ... a 404"), in a sentence that names no key; the null sentence is
  about a review the moderator has not approved yet;
* ``test_a_team_without_a_lead_shows_its_owner``: the null sentence is the CSV
  export's; the next one says this page shows the team's owner in that place;
* ``test_a_deleted_author_is_shown_as_deleted``: the only sentence with null and "no"
  makes ``parent`` null; it names ``author`` and ``author_url`` only to say what they
  are, and the next sentence gives a deleted author "[deleted]";
* ``test_the_eta_of_an_unaccepted_order_is_null_too``: the docstring makes
  ``eta_minutes`` null too until a driver accepts; it reads the None only through
  ``order.eta_minutes()``, which the fix leaves giving the kitchen's time.

Wrong-fix traps, ``stand_in_entry``:

* ``test_a_parcel_is_not_priced_at_the_letter_rate``: the catch-all constant is the
  *letters'* ("Letters to any other country ..."); "US" is a key of the parcels' table
  too, and the module says parcels go only to the countries listed;
* ``test_a_country_code_that_names_no_country_is_asked_again``: "any other country" on
  a shipping desk whose docstring says a code naming no country is a typo to be typed
  again;
* ``test_an_exempt_row_is_not_charged_standard_vat``: ``BLANK_BAND``'s comment says
  "otherwise the row's own band is used": a blank cell's band, no stand-in for an
  unknown one;
* ``test_a_lorry_does_not_pay_the_car_tariff``: the stand-in applies to "any other
  vehicle under 3.5 tonnes"; the module says heavier vehicles may not enter.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_habit_never_done_shows_never``: the template's own habits report;
* ``test_over_block_an_unpriced_job_has_null_quote_fields``: the template's own job card;
* ``test_over_block_a_van_pays_the_car_tariff``: the template's own car park.

As written, 12 of the 13 wrong-fix traps fail: each is reported ``fixed`` with the wrong
behaviour (the parked van by ``empty-guard`` backed through ``none_answers_taken``, the
float function likewise, through ``find_van``'s caller). The unknown review id is
declined: the 404 sentence strips the null fields' backing, and three guards disagree.
The 3 over-block checks end ``fixed``.

All 16 pass since the None-taking function's None branch must give an absence, only
plain calls count, the added ``return None`` is located by the diff, the null sentence
must be the only word on its fields, and a stand-in must be the table's own, unqualified,
with nothing turned away (2026-11-27).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- item-for-none-taking-parameter: the None taken means something else ------------------

PLANTS = '''
    """The watering list of the office plants."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date


    @dataclass
    class Plant:
        name: str
        watered: list[date] = field(default_factory=list)


    def days_since(day: date | None, today: date) -> int:
        """Whole days from ``day`` to ``today``.

        ``day`` is None for a watering being logged right now (the "just watered" button
        of the form), which is 0 days ago.
        """
        if day is None:
            day = today
        return (today - day).days


    def watering_line(plant: Plant, today: date) -> str:
        """The plant's line on the watering list: how long since it was last watered."""
        last = plant.watered[-1]
        return f"{plant.name}: watered {days_since(last, today)} days ago"
'''

PLANTS_TESTS = '''
    from datetime import date

    from office.plants import Plant, days_since, watering_line


    def test_watering_line() -> None:
        fern = Plant("Fern", [date(2026, 3, 1), date(2026, 3, 6)])
        assert watering_line(fern, date(2026, 3, 9)) == "Fern: watered 3 days ago"


    def test_just_watered() -> None:
        assert days_since(None, date(2026, 3, 9)) == 0
'''


def test_a_plant_never_watered_was_not_watered_today(tmp_path: Path) -> None:
    # `days_since` takes None as "logged just now": 0 days. A plant that was never
    # watered is the one most in need of it, not one watered today.
    imports = "from datetime import date\nfrom office.plants import Plant, watering_line\n"
    call = 'watering_line(Plant("Cactus"), date(2026, 3, 9))'
    _shown(fix_and_check(
        tmp_path, _app("office", "plants", PLANTS, PLANTS_TESTS), imports + call,
        imports + _raises_or(call, '"0 days ago" not in got',
                             "a plant never watered shown as watered today")))


METER_TIMELINE = '''
    """The events shown on a meter's page."""

    from __future__ import annotations

    from meters.models import Reading


    class Timeline:
        """A meter page's events, oldest first."""

        def __init__(self) -> None:
            self.events: list[Reading] = []

        def append(self, event: Reading | None) -> None:
            """Add ``event``; None (a poll of the meter that brought nothing) adds nothing."""
            if event is None:
                return
            self.events.append(event)
'''

METER_MODELS = '''
    """Electricity meters and their readings."""

    from __future__ import annotations

    from dataclasses import dataclass, field


    @dataclass
    class Reading:
        day: str
        kwh: int


    @dataclass
    class Meter:
        serial: str
        readings: list[Reading] = field(default_factory=list)
'''

METER_BILLING = '''
    """The monthly bill run."""

    from __future__ import annotations

    from meters.models import Meter, Reading


    def latest_readings(meters: list[Meter]) -> list[Reading]:
        """The newest reading of each meter, which the bill run charges up to."""
        found: list[Reading] = []
        for meter in meters:
            newest = meter.readings[-1]
            found.append(newest)
        return found
'''

METER_TESTS = '''
    from meters.billing import latest_readings
    from meters.models import Meter, Reading
    from meters.timeline import Timeline


    def test_latest_readings() -> None:
        meter = Meter("E1", [Reading("2026-02-28", 1200), Reading("2026-03-31", 1450)])
        assert latest_readings([meter]) == [Reading("2026-03-31", 1450)]


    def test_a_poll_that_brought_nothing() -> None:
        timeline = Timeline()
        timeline.append(None)
        assert timeline.events == []
'''


def test_a_meter_without_readings_is_not_billed_from_none(tmp_path: Path) -> None:
    # `found.append(newest)` appends to a plain list; the repository's only `append` is
    # `Timeline.append(event: Reading | None)`, matched by its bare name. The bill run
    # gets a None reading to charge up to.
    imports = ("from meters.billing import latest_readings\n"
               "from meters.models import Meter, Reading\n")
    call = 'latest_readings([Meter("E1", [Reading("2026-03-31", 1450)]), Meter("E2")])'
    _shown(fix_and_check(
        tmp_path, _app("meters", "billing", METER_BILLING, METER_TESTS,
                       {"meters/models.py": METER_MODELS,
                        "meters/timeline.py": METER_TIMELINE}),
        imports + call,
        imports + _raises_or(call, "None not in got",
                             "a meter without readings billed from a None reading")))


INBOX = '''
    """The lock screen of the messaging app."""

    from __future__ import annotations


    class Inbox:
        """Messages delivered to the phone and not yet collected by the screen."""

        def __init__(self) -> None:
            self._waiting: list[str] = []

        def deliver(self, message: str) -> None:
            self._waiting.append(message)

        @property
        def collected(self) -> list[str]:
            """The messages delivered since the last collection; collecting them empties
            the inbox."""
            taken, self._waiting = self._waiting, []
            return taken


    def preview(message: str | None) -> str:
        """The lock screen's preview of a message; "No new messages" for None."""
        if message is None:
            return "No new messages"
        return message[:40]


    def lock_screen(inbox: Inbox) -> str:
        """The lock screen's line: a preview of the newest message just collected."""
        newest = inbox.collected[-1]
        return preview(newest)
'''

INBOX_TESTS = '''
    from phone.screen import Inbox, preview


    def test_collecting_empties_the_inbox() -> None:
        inbox = Inbox()
        inbox.deliver("Hi")
        assert inbox.collected == ["Hi"]
        assert inbox.collected == []


    def test_preview() -> None:
        assert preview("Lunch?") == "Lunch?"
        assert preview(None) == "No new messages"
'''


def test_the_newest_message_is_collected_once(tmp_path: Path) -> None:
    # `inbox.collected` empties the inbox; `inbox.collected[-1] if inbox.collected else
    # None` collects twice, and a full inbox now raises IndexError on the second read.
    imports = "from phone.screen import Inbox, lock_screen\n"
    _shown(fix_and_check(
        tmp_path, _app("phone", "screen", INBOX, INBOX_TESTS),
        imports + "lock_screen(Inbox())",
        imports + "inbox = Inbox()\ninbox.deliver('Hi')\ninbox.deliver('Lunch?')\n"
        "got = lock_screen(inbox)\nassert got == 'Lunch?', got\n"))


# --- none_answers_taken: the None handed on means something else, or another function's ---

FLEET_MODELS = '''
    """The delivery vans."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Van:
        reg: str
        model: str
        distance_km: int = 0
        litres: float = 0.0
        electric: bool = False
'''

ECONOMY_EV = '''
    """The fleet's monthly fuel report."""

    from __future__ import annotations

    from fleet.models import Van


    def litres_per_100km(van: Van) -> float | None:
        """The van's fuel use this month, in litres per 100 km."""
        if van.electric:
            return None
        return round(van.litres / van.distance_km * 100, 1)


    def economy_cell(economy: float | None) -> str:
        """The report's economy column: "EV" for an electric van (None), else the figure."""
        if economy is None:
            return "EV"
        return f"{economy:.1f} l/100km"


    def report_line(van: Van) -> str:
        """The van's line of the monthly report."""
        return f"{van.reg} {van.model}: {economy_cell(litres_per_100km(van))}"
'''

ECONOMY_EV_TESTS = '''
    from fleet.economy import report_line
    from fleet.models import Van


    def test_report_line() -> None:
        assert report_line(Van("AB12 CDE", "Transit", 800, 64.0)) == \\
            "AB12 CDE Transit: 8.0 l/100km"
        assert report_line(Van("EV01 VAN", "e-Vito", 900, electric=True)) == \\
            "EV01 VAN e-Vito: EV"
'''


def test_a_parked_van_is_not_an_electric_van(tmp_path: Path) -> None:
    # A None for a van that did not move reaches `economy_cell`, whose None is an
    # electric van: a diesel van parked all month is reported "EV".
    imports = "from fleet.economy import report_line\nfrom fleet.models import Van\n"
    call = 'report_line(Van("XY34 FGH", "Transit"))'
    _shown(fix_and_check(
        tmp_path, _app("fleet", "economy", ECONOMY_EV, ECONOMY_EV_TESTS,
                       {"fleet/models.py": FLEET_MODELS}),
        imports + call,
        imports + _raises_or(call, '"EV" not in got', "a parked diesel van reported as EV")))


ECONOMY_FIND = '''
    """The fleet's monthly fuel report."""

    from __future__ import annotations

    from fleet.models import Van

    FLEET = {"AB12 CDE": Van("AB12 CDE", "Transit"), "KL56 MNO": Van("KL56 MNO", "Vivaro")}


    def find_van(reg: str) -> Van | None:
        """The fleet's van registered ``reg``; None for a registration not in the fleet."""
        for known, van in FLEET.items():
            if known == reg.upper():
                return van
        return None


    def van_label(van: Van | None) -> str:
        """The van's name in the report: "unknown van" for None."""
        if van is None:
            return "unknown van"
        return f"{van.reg} ({van.model})"


    def describe(reg: str) -> str:
        return van_label(find_van(reg))


    def litres_per_100km(distance_km: int, litres: float) -> float:
        """Fuel used per 100 km over the month."""
        return round(litres / distance_km * 100, 1)


    def report_line(reg: str, distance_km: int, litres: float) -> str:
        """The van's line of the monthly report."""
        return f"{describe(reg)}: {litres_per_100km(distance_km, litres)} l/100km"
'''

ECONOMY_FIND_TESTS = '''
    from fleet.economy import describe, litres_per_100km, report_line


    def test_report_line() -> None:
        assert report_line("AB12 CDE", 800, 64.0) == "AB12 CDE (Transit): 8.0 l/100km"


    def test_describe() -> None:
        assert describe("zz99 zzz") == "unknown van"


    def test_litres_per_100km() -> None:
        assert litres_per_100km(400, 30.0) == 7.5
'''


def test_a_float_function_is_not_backed_by_find_vans_callers(tmp_path: Path) -> None:
    # The guess adds `return None` to `litres_per_100km(...) -> float`. The filter takes
    # the first function of the edited module holding a `return None` (`find_van`,
    # `-> Van | None`) and backs the guess with `van_label(van: Van | None)`.
    imports = "from fleet.economy import report_line\n"
    call = 'report_line("KL56 MNO", 0, 0.0)'
    _shown(fix_and_check(
        tmp_path, _app("fleet", "economy", ECONOMY_FIND, ECONOMY_FIND_TESTS,
                       {"fleet/models.py": FLEET_MODELS}),
        imports + call,
        imports + _raises_or(call, '"None" not in got',
                             "a van that did not move reported as None l/100km")))


# --- null-fields-of-none: null for another case, or another object ----------------------

REVIEWS = '''
    """Readers' reviews of the bookshop's titles."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Review:
        id: int
        title: str
        rating: int | None = None
        text: str | None = None


    REVIEWS: dict[int, Review] = {
        1: Review(1, "Middlemarch", 5, "Worth every page."),
        2: Review(2, "Ulysses"),
    }


    def review_card(review_id: int) -> dict[str, object]:
        """The card of review ``review_id``.

        An id that no review has is not found: the shop's view answers it with a 404
        page. ``rating`` and ``text`` are null while the moderator has not approved the
        review yet.
        """
        review = REVIEWS.get(review_id)
        return {"id": review_id, "rating": review.rating, "text": review.text}
'''

REVIEWS_TESTS = '''
    from shop.reviews import review_card


    def test_review_card() -> None:
        assert review_card(1) == {"id": 1, "rating": 5, "text": "Worth every page."}
        assert review_card(2) == {"id": 2, "rating": None, "text": None}
'''


def test_an_unknown_review_id_is_not_a_card_of_nulls(tmp_path: Path) -> None:
    # The None is an id no review has ("not found ... a 404"); null is for a review not
    # approved yet. A card of nulls for review 99 is a review that does not exist.
    imports = "from shop.reviews import review_card\n"
    _shown(fix_and_check(
        tmp_path, _app("shop", "reviews", REVIEWS, REVIEWS_TESTS),
        imports + "review_card(99)",
        imports + _raises_or("review_card(99)", "False",
                             "an unknown review id answered with a card")))


TEAMS = '''
    """The staff directory's team pages."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Person:
        name: str
        email: str


    @dataclass
    class Team:
        name: str
        owner: Person
        lead: Person | None = None


    def team_page(team: Team) -> dict[str, object]:
        """The team's page.

        In the CSV export the ``lead`` and ``lead_email`` columns are null for a team
        that has no lead yet. This page shows the team's owner in their place instead, so
        that members always have someone to ask.
        """
        lead = team.lead
        return {"team": team.name, "lead": lead.name, "lead_email": lead.email}
'''

TEAMS_TESTS = '''
    from staff.teams import Person, Team, team_page


    def test_team_page() -> None:
        team = Team("Payroll", Person("Ann", "ann@example.org"),
                    Person("Raj", "raj@example.org"))
        assert team_page(team) == {"team": "Payroll", "lead": "Raj",
                                   "lead_email": "raj@example.org"}
'''


def test_a_team_without_a_lead_shows_its_owner(tmp_path: Path) -> None:
    # The null sentence is the CSV export's; this page shows the owner in that place.
    imports = "from staff.teams import Person, Team, team_page\n"
    call = 'team_page(Team("Facilities", Person("Bea", "bea@example.org")))'
    _shown(fix_and_check(
        tmp_path, _app("staff", "teams", TEAMS, TEAMS_TESTS), imports + call,
        imports + _raises_or(call, 'got["lead"] == "Bea" and '
                                   'got["lead_email"] == "bea@example.org"',
                             "a team without a lead not shown with its owner")))


COMMENTS = '''
    """The discussion threads' API."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The profile page a deleted author's comments link to.
    DELETED_PROFILE = "/people/deleted"


    @dataclass
    class Author:
        name: str
        slug: str


    @dataclass
    class Comment:
        id: int
        text: str
        author: Author | None
        parent_id: int | None = None


    def comment_json(comment: Comment) -> dict[str, object]:
        """A comment as the thread's API gives it.

        ``author`` and ``author_url`` are who wrote it and their profile; ``parent`` is
        null for a top-level comment, which has no parent. When the author has deleted
        their account, ``author`` is "[deleted]" and ``author_url`` is DELETED_PROFILE.
        """
        author = comment.author
        return {"id": comment.id, "author": author.name,
                "author_url": f"/people/{author.slug}", "parent": comment.parent_id,
                "text": comment.text}
'''

COMMENTS_TESTS = '''
    from forum.comments import Author, Comment, comment_json


    def test_comment_json() -> None:
        comment = Comment(7, "Agreed.", Author("Ann", "ann"), parent_id=3)
        assert comment_json(comment) == {"id": 7, "author": "Ann",
                                         "author_url": "/people/ann", "parent": 3,
                                         "text": "Agreed."}
'''


def test_a_deleted_author_is_shown_as_deleted(tmp_path: Path) -> None:
    # The one sentence with null and "no" makes `parent` null; it names `author` and
    # `author_url` to say what they are. A deleted author is "[deleted]".
    imports = "from forum.comments import Comment, comment_json\n"
    call = 'comment_json(Comment(8, "First!", None))'
    _shown(fix_and_check(
        tmp_path, _app("forum", "comments", COMMENTS, COMMENTS_TESTS), imports + call,
        imports + _raises_or(call, 'got["author"] == "[deleted]" and '
                                   'got["author_url"] == "/people/deleted"',
                             "a deleted author not shown as [deleted]")))


TRACKING = '''
    """The delivery tracking page."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Driver:
        name: str
        phone: str
        trip_minutes: int


    @dataclass
    class Order:
        id: int
        prep_minutes: int
        driver: Driver | None = None

        def eta_minutes(self) -> int:
            """Minutes until the food arrives: the kitchen's time and the driver's trip."""
            trip = self.driver.trip_minutes if self.driver is not None else 0
            return self.prep_minutes + trip


    def tracking(order: Order) -> dict[str, object]:
        """The tracking page's data.

        ``driver``, ``driver_phone`` and ``eta_minutes`` are null until a driver has
        accepted the order: before that nobody can tell when it will arrive.
        """
        driver = order.driver
        return {"order": order.id, "driver": driver.name, "driver_phone": driver.phone,
                "eta_minutes": order.eta_minutes()}
'''

TRACKING_TESTS = '''
    from food.tracking import Driver, Order, tracking


    def test_tracking() -> None:
        order = Order(41, 15, Driver("Sam", "07700 900123", 20))
        assert tracking(order) == {"order": 41, "driver": "Sam",
                                   "driver_phone": "07700 900123", "eta_minutes": 35}
'''


def test_the_eta_of_an_unaccepted_order_is_null_too(tmp_path: Path) -> None:
    # `eta_minutes` is documented null with the driver's fields, but reads the None only
    # through `order.eta_minutes()`; the fix leaves it the kitchen's 15 minutes.
    imports = "from food.tracking import Order, tracking\n"
    call = "tracking(Order(42, 15))"
    _shown(fix_and_check(
        tmp_path, _app("food", "tracking", TRACKING, TRACKING_TESTS), imports + call,
        imports + _raises_or(call, 'got["eta_minutes"] is None',
                             "an order no driver accepted given an arrival time")))


# --- stand_in_entry: a catch-all for another table or another case ----------------------

POSTAGE = '''
    """Postage at the village shop's post counter.

    Parcels go only to the countries PARCEL_PENCE lists; letters go anywhere.
    """

    #: Pence per parcel up to 2 kg, by destination.
    PARCEL_PENCE = {"GB": 395, "FR": 1200, "US": 2500}
    #: Pence per letter up to 100 g, by destination.
    LETTER_PENCE = {"GB": 85, "FR": 220, "US": 220}
    #: Letters to any other country cost what a letter to the US costs.
    LETTER_ELSEWHERE = "US"


    def letter_pence(country: str) -> int:
        if country in LETTER_PENCE:
            return LETTER_PENCE[country]
        return LETTER_PENCE[LETTER_ELSEWHERE]


    def parcel_pence(country: str) -> int:
        return PARCEL_PENCE[country]
'''

POSTAGE_TESTS = '''
    from counter.postage import letter_pence, parcel_pence


    def test_postage() -> None:
        assert parcel_pence("FR") == 1200
        assert letter_pence("GB") == 85
        assert letter_pence("NZ") == 220
'''


def test_a_parcel_is_not_priced_at_the_letter_rate(tmp_path: Path) -> None:
    # The catch-all is the letters'; parcels go only to the countries listed.
    imports = "from counter.postage import parcel_pence\n"
    _shown(fix_and_check(
        tmp_path, _app("counter", "postage", POSTAGE, POSTAGE_TESTS),
        imports + 'parcel_pence("NZ")',
        imports + _raises_or('parcel_pence("NZ")', "False",
                             "a parcel priced for a country parcels do not go to")))


DESK = '''
    """The shipping desk's counter quote."""

    #: Pence per parcel up to 2 kg, by destination country code.
    RATES = {"GB": 395, "IE": 900, "FR": 1200, "DE": 1200, "US": 2500}
    #: The code whose rate applies to any other country: the rest of the world pays what
    #: the US does.
    REST_OF_WORLD = "US"


    def quote(code: str) -> int:
        """The price of a parcel to the country whose code the clerk typed.

        A code that names no country at all is a typo ("UK" for "GB", "EN"): the till
        asks the clerk to type it again, since a label for it would come back
        undelivered.
        """
        return RATES[code.strip().upper()]
'''

DESK_TESTS = '''
    from desk.quote import quote


    def test_quote() -> None:
        assert quote("gb") == 395
        assert quote(" DE ") == 1200
'''


def test_a_country_code_that_names_no_country_is_asked_again(tmp_path: Path) -> None:
    # "any other country": "EN" is no country; the docstring has it typed again.
    imports = "from desk.quote import quote\n"
    _shown(fix_and_check(
        tmp_path, _app("desk", "quote", DESK, DESK_TESTS), imports + 'quote("EN")',
        imports + _raises_or('quote("EN")', "False",
                             "a code that names no country priced")))


VAT = '''
    """VAT on the shop's catalogue rows."""

    #: Percent, by the catalogue's VAT band.
    VAT_PERCENT = {"standard": 20, "reduced": 5, "zero": 0}
    #: The band of a row whose band cell is blank; otherwise the row's own band is used.
    BLANK_BAND = "standard"


    def band_of(row: dict[str, str]) -> str:
        return row["band"].strip() or BLANK_BAND


    def vat_pence(row: dict[str, str]) -> int:
        """VAT on one catalogue row's price, in pence."""
        return int(row["pence"]) * VAT_PERCENT[band_of(row)] // 100
'''

VAT_TESTS = '''
    from shop.vat import vat_pence


    def test_vat() -> None:
        assert vat_pence({"pence": "1000", "band": "standard"}) == 200
        assert vat_pence({"pence": "1000", "band": "reduced"}) == 50
        assert vat_pence({"pence": "1000", "band": ""}) == 200
'''


def test_an_exempt_row_is_not_charged_standard_vat(tmp_path: Path) -> None:
    # BLANK_BAND is for a blank cell ("otherwise the row's own band"); an exempt row
    # (stamps, charity books) charged 20 % is wrong.
    imports = "from shop.vat import vat_pence\n"
    call = 'vat_pence({"pence": "1000", "band": "exempt"})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "vat", VAT, VAT_TESTS), imports + call,
        imports + _raises_or(call, "got != 200", "an exempt row charged standard VAT")))


CAR_PARK_HEAVY = '''
    """The multi-storey car park's tariff.

    Vehicles over 3.5 tonnes may not enter: the barrier's weight plate turns them away.
    """

    #: Pence per started hour, by the camera's vehicle class.
    HOURLY_PENCE = {"car": 250, "motorcycle": 100, "minibus": 600}

    #: The class whose tariff applies to any other vehicle under 3.5 tonnes (vans,
    #: campers).
    LIGHT_OTHERS = "car"


    def fee_pence(vehicle_class: str, hours: int) -> int:
        """The fee for ``hours`` started hours, by the camera's vehicle class."""
        return hours * HOURLY_PENCE[vehicle_class]
'''

CAR_PARK_TESTS = '''
    from parking.tariff import fee_pence


    def test_fees() -> None:
        assert fee_pence("car", 2) == 500
        assert fee_pence("motorcycle", 3) == 300
'''


def test_a_lorry_does_not_pay_the_car_tariff(tmp_path: Path) -> None:
    # The stand-in is for vehicles under 3.5 tonnes; a lorry may not enter at all.
    imports = "from parking.tariff import fee_pence\n"
    _shown(fix_and_check(
        tmp_path, _app("parking", "tariff", CAR_PARK_HEAVY, CAR_PARK_TESTS),
        imports + 'fee_pence("lorry", 2)',
        imports + _raises_or('fee_pence("lorry", 2)', "False",
                             "a lorry charged the car tariff")))


# --- over-block checks ---------------------------------------------------------------------

HABITS = '''
    """The weekly habits report."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date

    #: What the last-done column shows for a habit not done yet.
    NEVER = "never"


    @dataclass
    class Habit:
        name: str
        done: list[date] = field(default_factory=list)


    def last_done_label(day: date | None, today: date) -> str:
        """The last-done column: how long ago, or NEVER for a habit not done yet (None)."""
        if day is None:
            return NEVER
        return f"{(today - day).days} days ago"


    def report_line(habit: Habit, today: date) -> str:
        """One line of the report: the habit and when it was last done."""
        last = habit.done[-1]
        return f"{habit.name}: last {last_done_label(last, today)}"
'''

HABITS_TESTS = '''
    from datetime import date

    from habits.report import Habit, report_line


    def test_report_line() -> None:
        habit = Habit("Read", [date(2026, 3, 1), date(2026, 3, 6)])
        assert report_line(habit, date(2026, 3, 9)) == "Read: last 3 days ago"
'''


def test_over_block_a_habit_never_done_shows_never(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own habits report."""
    imports = "from datetime import date\nfrom habits.report import Habit, report_line\n"
    call = 'report_line(Habit("Stretch"), date(2026, 3, 9))'
    _fixed(fix_and_check(
        tmp_path, _app("habits", "report", HABITS, HABITS_TESTS), imports + call,
        imports + f"got = {call}\nassert got == 'Stretch: last never', got\n"
        "got = report_line(Habit('Read', [date(2026, 3, 6)]), date(2026, 3, 9))\n"
        "assert got == 'Read: last 3 days ago', got\n"))


JOBS = '''
    """The bike workshop's job cards."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from decimal import Decimal


    @dataclass
    class Quote:
        total: Decimal
        accepted: bool = False


    @dataclass
    class RepairJob:
        id: int
        bike: str
        quotes: list[Quote] = field(default_factory=list)

        def latest_quote(self) -> Quote | None:
            return self.quotes[-1] if self.quotes else None


    def job_detail(job: RepairJob) -> dict[str, object]:
        """The job card. ``quote_total`` is the latest quote's total as a string and
        ``quote_accepted`` whether the customer accepted it; both are null while the
        mechanic has not priced the job yet."""
        quote = job.latest_quote()
        return {
            "id": job.id,
            "bike": job.bike,
            "quote_total": str(quote.total),
            "quote_accepted": quote.accepted,
        }
'''

JOBS_TESTS = '''
    from decimal import Decimal

    from workshop.jobs import Quote, RepairJob, job_detail


    def test_job_detail() -> None:
        job = RepairJob(3, "Brompton", [Quote(Decimal("45.00"), True)])
        assert job_detail(job) == {"id": 3, "bike": "Brompton", "quote_total": "45.00",
                                   "quote_accepted": True}
'''


def test_over_block_an_unpriced_job_has_null_quote_fields(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own job card."""
    imports = "from workshop.jobs import RepairJob, job_detail\n"
    call = 'job_detail(RepairJob(4, "Dawes"))'
    _fixed(fix_and_check(
        tmp_path, _app("workshop", "jobs", JOBS, JOBS_TESTS), imports + call,
        imports + f"got = {call}\n"
        'assert got == {"id": 4, "bike": "Dawes", "quote_total": None, '
        '"quote_accepted": None}, got\n'))


CAR_PARK = '''
    """The multi-storey car park's tariff."""

    #: Pence per started hour, by the camera's vehicle class.
    HOURLY_PENCE = {"car": 250, "motorcycle": 100, "minibus": 600}

    #: The class whose tariff applies to any class not listed above.
    OTHER_VEHICLES = "car"


    def fee_pence(vehicle_class: str, hours: int) -> int:
        """The fee for ``hours`` started hours, by the camera's vehicle class."""
        return hours * HOURLY_PENCE[vehicle_class]
'''


def test_over_block_a_van_pays_the_car_tariff(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own car park."""
    imports = "from parking.tariff import fee_pence\n"
    _fixed(fix_and_check(
        tmp_path, _app("parking", "tariff", CAR_PARK, CAR_PARK_TESTS),
        imports + 'fee_pence("van", 2)',
        imports + 'got = fee_pence("van", 2)\nassert got == 500, got\n'
        'assert fee_pence("motorcycle", 2) == 200\n'))

"""Twenty-fifth adversarial review: other fields, weights, imported tables and None fields.

The rules under review:

* ``field-answers-none-case`` (``candidates/field_answers.py``): a method's docstring
  answers a None field's case with another field of the object ("A prescription not
  collected yet is due from the day it was written" -> ``return self.written_on``);
* ``weights-rescaled-without-none`` (``candidates/rescaled_weights.py``): a None item the
  docstring leaves out of a weighted average, the remaining weights scaled up;
* ``imported_table_default`` (``candidates/imported_tables.py``, from ``missing_key.py``):
  the default a table's own module gives the keys it lacks, for a table imported
  elsewhere; and ``_called_per_item`` (``candidates/fallbacks.py``): a sibling endpoint's
  404 loses its backing for a helper called per item;
* ``declared-none-value`` (``candidates/declared_none_values.py``), only the branch where a
  constant named for the field (``KILN_MAX_RATE`` for a None ``rate``) replaces the field
  itself, and "is None" no longer counting as a second answer in ``_sentence_backing``;
* ``null-fields-of-none`` (``candidates/null_fields_of_none.py``), only the path for a
  dotted culprit (``walk.walker`` shown None, read by several keys named in one null
  sentence).

Each wrong-fix trap is a small app whose words say the rule's answer is wrong there; the
hidden assertion checks the behaviour those words give, and a declined fix passes.

Wrong-fix traps, ``field-answers-none-case``:

* ``test_a_new_prescription_is_due_a_week_after_it_was_written``: the sentence names the
  other field but adds a week to it (the surgery's time to send it over);
* ``test_a_new_prescription_is_due_from_the_day_the_pharmacy_received_it``: the day is
  ``arrived_on`` (never named by its field words); ``written_on`` is only the contrast;
* ``test_a_prescription_never_collected_has_no_refill_due``: the answer is ``date.max``
  (it sorts last); the day it was written is when it lapses.

Wrong-fix traps, ``weights-rescaled-without-none``:

* ``test_the_transcript_counts_a_missing_score_as_zero``: leaving out and scaling up is the
  dashboard's provisional mark, named only as the contrast; the transcript counts 0;
* ``test_an_exam_not_sat_scores_zero``: only excused coursework is left out; an exam not
  sat (None) scores 0;
* ``test_an_excused_labs_weight_goes_to_the_exam``: the left-out weight is rescaled onto
  the exam alone, not spread over every component that remains.

Wrong-fix traps, ``imported_table_default`` and ``_called_per_item``:

* ``test_a_service_cycle_is_free_at_the_till``: the machines module times an unlisted
  programme at 95 minutes; the till's own docstring says a programme the table does not
  list (a service cycle) is free;
* ``test_a_lapsed_tier_earns_no_discount_not_the_welcome_offer``: the tiers module's one
  ``.get(tier, WELCOME_DISCOUNT)`` is the new member's card offer; the checkout says a
  member whose tier the scheme no longer runs earns no discount;
* ``test_the_wall_board_is_not_a_404_for_one_machine``: the helper is called per machine
  by the wall board of another module; its sibling's 404 keeps its backing, and the whole
  board answers "no such machine" for one machine's unknown programme.

Wrong-fix traps, ``declared-none-value`` (the constant named for the field):

* ``test_an_unweighed_parcel_pays_the_flat_fee_not_the_fee_in_kilograms``:
  ``UNKNOWN_WEIGHT_FEE`` (named for ``weight``) is the flat price, not a weight;
* ``test_the_kilns_top_rate_is_in_degrees_a_minute``: ``KILN_MAX_RATE`` is documented in
  degrees a minute, the field ``rate`` in degrees an hour;
* ``test_a_schedule_with_a_full_ramp_has_no_firing_time``: the sentence naming
  ``KILN_MAX_RATE`` says the firing time "is None" (the kiln books the whole day): the
  stripped "is None" was the function's own answer.

Wrong-fix traps, ``null-fields-of-none`` (dotted culprit):

* ``test_an_agency_walk_shows_the_agency``: the null sentence is about walks nobody has
  been given; a walk passed to the agency (also ``walker=None``) is printed with the
  agency and its duty line;
* ``test_the_printed_sheet_is_not_the_csv_export``: the null is the CSV export's; the
  printed sheet shows "Unassigned" and the office's own number.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_board_over_the_machines_it_lists_has_no_missing_machine``: the
  helper is called per item by a board iterating the very table it reads, so the board
  never meets a missing machine; a sibling's 404 still answers ``/machines/7``;
* ``test_over_block_a_prescription_the_patient_has_not_come_in_to_collect_yet``:
  "has not come in to collect yet" is the field's None case in plain words;
* ``test_over_block_an_excused_component_does_not_count``: "does not count" leaves the
  component out as surely as "is left out".

As written (2026-11-27), all 14 traps were reported ``fixed`` with the wrong behaviour
and all 3 over-block checks failed; all 17 pass since the rules were tightened the same
day.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- field-answers-none-case ---------------------------------------------------------------

SCRIPT_TESTS = '''
    from datetime import date

    from pharmacy.scripts import Prescription


    def test_due_after_the_supply_runs_out() -> None:
        script = Prescription("Ann", date(2025, 1, 2), 28, last_collected=date(2025, 1, 10))
        assert script.refill_due() == date(2025, 2, 7)
'''

WEEK_AFTER = '''
    """Repeat prescriptions."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta


    @dataclass
    class Prescription:
        patient: str
        written_on: date
        days_supply: int
        #: The day the patient last collected a supply; None before the first collection.
        last_collected: date | None = None

        def refill_due(self) -> date:
            """The day the next supply should be collected: the day the last one runs out.

            A prescription not collected yet is due a week after the day it was written,
            once the surgery has had time to send it over.
            """
            return self.last_collected + timedelta(days=self.days_supply)
'''


def test_a_new_prescription_is_due_a_week_after_it_was_written(tmp_path: Path) -> None:
    # One other field named, but the sentence's answer is that day plus a week.
    imports = "from datetime import date\nfrom pharmacy.scripts import Prescription\n"
    call = "Prescription('Bo', date(2025, 3, 1), 28).refill_due()"
    _shown(fix_and_check(
        tmp_path, _app("pharmacy", "scripts", WEEK_AFTER, SCRIPT_TESTS), imports + call,
        imports + _raises_or(call, "got == date(2025, 3, 8)",
                             "a new prescription not due a week after it was written")))


RECEIVED = '''
    """Repeat prescriptions."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta


    @dataclass
    class Prescription:
        patient: str
        written_on: date
        days_supply: int
        #: The day the surgery's prescription reached the pharmacy.
        arrived_on: date = date(2025, 1, 1)
        #: The day the patient last collected a supply; None before the first collection.
        last_collected: date | None = None

        def refill_due(self) -> date:
            """The day the next supply should be collected: the day the last one runs out.

            A prescription not collected yet is due from the day the pharmacy received
            it, which is often days after the day it was written.
            """
            return self.last_collected + timedelta(days=self.days_supply)
'''


def test_a_new_prescription_is_due_from_the_day_the_pharmacy_received_it(
        tmp_path: Path) -> None:
    # The day meant is `arrived_on` ("received"); `written_on` is named only as the
    # earlier day it is not.
    imports = "from datetime import date\nfrom pharmacy.scripts import Prescription\n"
    call = "Prescription('Bo', date(2025, 3, 1), 28, arrived_on=date(2025, 3, 6)).refill_due()"
    _shown(fix_and_check(
        tmp_path, _app("pharmacy", "scripts", RECEIVED, SCRIPT_TESTS), imports + call,
        imports + _raises_or(call, "got == date(2025, 3, 6)",
                             "a new prescription not due from the day it arrived")))


NEVER_DUE = '''
    """Repeat prescriptions, and the reminders list sorted by the day each is due."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta


    @dataclass
    class Prescription:
        patient: str
        written_on: date
        days_supply: int
        #: The day the patient last collected a supply; None before the first collection.
        last_collected: date | None = None

        def refill_due(self) -> date:
            """The day the next supply should be collected: the day the last one runs out.

            A prescription never collected has no refill due: it stays at date.max, at the
            bottom of the reminders list, and lapses six months after the day it was
            written.
            """
            return self.last_collected + timedelta(days=self.days_supply)


    def reminders(scripts: list[Prescription]) -> list[str]:
        """The patients to remind, the soonest due first."""
        return [s.patient for s in sorted(scripts, key=Prescription.refill_due)]
'''


def test_a_prescription_never_collected_has_no_refill_due(tmp_path: Path) -> None:
    # The sentence's answer for the case is date.max; the day it was written is when the
    # prescription lapses.
    imports = "from datetime import date\nfrom pharmacy.scripts import Prescription\n"
    call = "Prescription('Bo', date(2025, 3, 1), 28).refill_due()"
    _shown(fix_and_check(
        tmp_path, _app("pharmacy", "scripts", NEVER_DUE, SCRIPT_TESTS), imports + call,
        imports + _raises_or(call, "got == date.max",
                             "a prescription never collected put at the top of the list")))


# --- weights-rescaled-without-none ----------------------------------------------------------

GRADE_TESTS = '''
    from school.grades import final_mark


    def test_all_components() -> None:
        assert final_mark({"lab": 70.0, "homework": 80.0, "exam": 60.0}) == 67.0
'''

TRANSCRIPT = '''
    """Final marks."""

    WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}


    def final_mark(scores: dict[str, float | None]) -> float:
        """The mark printed on the transcript: the weighted sum of the component scores.

        Unlike the dashboard's provisional mark, where a component not marked yet (None)
        is left out and the remaining weights are scaled up, the transcript counts it as 0.
        By then a missing score is work that was not handed in.
        """
        total = sum(scores[name] * weight for name, weight in WEIGHTS.items())
        return round(total, 1)
'''


def test_the_transcript_counts_a_missing_score_as_zero(tmp_path: Path) -> None:
    # The only "left out ... scaled up" is the dashboard's, named as the contrast.
    imports = "from school.grades import final_mark\n"
    call = "final_mark({'lab': None, 'homework': 80.0, 'exam': 60.0})"
    _shown(fix_and_check(
        tmp_path, _app("school", "grades", TRANSCRIPT, GRADE_TESTS), imports + call,
        imports + _raises_or(call, "got == 46.0",
                             "the transcript's missing lab not counted as 0")))


EXAM_NOT_SAT = '''
    """Final marks."""

    WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}


    def final_mark(scores: dict[str, float | None]) -> float:
        """The weighted average of the component scores.

        An excused coursework component (None) is left out, and the weights of the
        components that remain are scaled up so they still sum to 1. The exam cannot be
        excused: an exam not sat (None) scores 0.
        """
        total = sum(scores[name] * weight for name, weight in WEIGHTS.items())
        return round(total, 1)
'''


def test_an_exam_not_sat_scores_zero(tmp_path: Path) -> None:
    # Only excused coursework is left out; the None here is the exam's.
    imports = "from school.grades import final_mark\n"
    call = "final_mark({'lab': 70.0, 'homework': 80.0, 'exam': None})"
    _shown(fix_and_check(
        tmp_path, _app("school", "grades", EXAM_NOT_SAT, GRADE_TESTS), imports + call,
        imports + _raises_or(call, "got == 37.0",
                             "an exam not sat left out, coursework doubled")))


ONTO_THE_EXAM = '''
    """Final marks."""

    WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}


    def final_mark(scores: dict[str, float | None]) -> float:
        """The weighted average of the component scores.

        An excused coursework component (None) is left out, and its weight is rescaled
        onto the exam, which then counts for that much more; the other coursework keeps
        its own weight.
        """
        total = sum(scores[name] * weight for name, weight in WEIGHTS.items())
        return round(total, 1)
'''


def test_an_excused_labs_weight_goes_to_the_exam(tmp_path: Path) -> None:
    # The lab's 0.3 goes to the exam (0.8), the homework keeps 0.2: 16 + 48 = 64.0.
    imports = "from school.grades import final_mark\n"
    call = "final_mark({'lab': None, 'homework': 80.0, 'exam': 60.0})"
    _shown(fix_and_check(
        tmp_path, _app("school", "grades", ONTO_THE_EXAM, GRADE_TESTS), imports + call,
        imports + _raises_or(call, "got == 64.0",
                             "the excused lab's weight spread over the homework too")))


# --- imported_table_default and _called_per_item --------------------------------------------

MACHINES = '''
    """The launderette's machines and their programmes."""

    #: How many machines the launderette has.
    MACHINE_COUNT = 12

    #: How long each programme runs, in minutes.
    PROGRAMME_MINUTES = {"cotton": 55, "quick": 25, "wool": 40}

    #: A programme missing from the table above (a new one on the panel, not timed yet)
    #: is taken to run this long.
    UNKNOWN_PROGRAMME_MINUTES = 95
'''

TILL = '''
    """The till: what a customer pays for a wash."""

    from shop import machines
    from shop.machines import PROGRAMME_MINUTES

    #: Pence for each minute a machine runs.
    PENCE_PER_MINUTE = 6


    def machines_free(busy: int) -> int:
        """How many machines a customer can use now."""
        return machines.MACHINE_COUNT - busy


    def price_pence(programme: str) -> int:
        """What a wash costs: the programme's minutes at PENCE_PER_MINUTE.

        The programmes PROGRAMME_MINUTES does not list are the engineers' service
        cycles, and they are free of charge: the customer pays nothing for them.
        """
        return PENCE_PER_MINUTE * PROGRAMME_MINUTES[programme]
'''

TILL_TESTS = '''
    from shop.till import machines_free, price_pence


    def test_price() -> None:
        assert price_pence("cotton") == 330
        assert machines_free(2) == 10
'''


def test_a_service_cycle_is_free_at_the_till(tmp_path: Path) -> None:
    # The machines module times an unlisted programme at 95 minutes (for the panel); the
    # till's own docstring says a programme the table does not list is free.
    imports = "from shop.till import price_pence\n"
    call = "price_pence('drum_clean')"
    _shown(fix_and_check(
        tmp_path, _app("shop", "till", TILL, TILL_TESTS, {"shop/machines.py": MACHINES}),
        imports + call,
        imports + _raises_or(call, "got == 0", "a service cycle charged at the till")))


TIERS = '''
    """The loyalty scheme's tiers."""

    #: Each tier's discount off the basket.
    DISCOUNT_BY_TIER = {"gold": 0.15, "silver": 0.10}

    #: The welcome offer printed on a new member's card, for their first order.
    WELCOME_DISCOUNT = 0.05


    def card_offer(tier: str) -> float:
        """The offer printed on a member's card; a new member, not given a tier yet, gets
        the welcome offer."""
        return DISCOUNT_BY_TIER.get(tier, WELCOME_DISCOUNT)
'''

CHECKOUT = '''
    """The checkout."""

    from dataclasses import dataclass

    from shop.tiers import DISCOUNT_BY_TIER, WELCOME_DISCOUNT


    @dataclass
    class Member:
        name: str
        tier: str
        first_order: bool = False


    def total_pence(basket_pence: int, member: Member) -> int:
        """The basket's price after the member's discount: the welcome offer on a first
        order, the tier's discount after that.

        A member whose tier the scheme no longer runs (members who joined before 2019
        still carry one) earns no discount at all.
        """
        discount = WELCOME_DISCOUNT if member.first_order else DISCOUNT_BY_TIER[member.tier]
        return round(basket_pence * (1 - discount))
'''

CHECKOUT_TESTS = '''
    from shop.checkout import Member, total_pence


    def test_total() -> None:
        assert total_pence(2000, Member("Ann", "gold")) == 1700
        assert total_pence(2000, Member("Bo", "", first_order=True)) == 1900
'''


def test_a_lapsed_tier_earns_no_discount_not_the_welcome_offer(tmp_path: Path) -> None:
    # The tiers module's one `.get(tier, WELCOME_DISCOUNT)` is the card's offer for a new
    # member; the checkout's own words give a lapsed tier no discount.
    imports = "from shop.checkout import Member, total_pence\n"
    call = "total_pence(2000, Member('Cy', 'bronze'))"
    _shown(fix_and_check(
        tmp_path, _app("shop", "checkout", CHECKOUT, CHECKOUT_TESTS,
                       {"shop/tiers.py": TIERS}),
        imports + call,
        imports + _raises_or(call, "got == 2000", "a lapsed member given the welcome offer")))


BOARD_API = '''
    """The launderette's API."""

    from fastapi import FastAPI, HTTPException

    app = FastAPI()

    #: How long each programme runs, in minutes.
    PROGRAMME_MINUTES = {"cotton": 55, "quick": 25}
    #: Each running machine's programme and the minute of the day it started.
    STARTED = {1: ("cotton", 600), 2: ("drum_clean", 610)}


    def machine_status(machine_id: int) -> dict[str, int]:
        programme, started = STARTED[machine_id]
        return {"id": machine_id, "free_at": started + PROGRAMME_MINUTES[programme]}


    @app.get("/machines/{machine_id}")
    def one(machine_id: int) -> dict[str, int]:
        if machine_id not in STARTED:
            raise HTTPException(status_code=404, detail="no such machine")
        return machine_status(machine_id)
'''

BOARD = '''
    """The wall board by the door."""

    from shop.api import STARTED, app, machine_status


    @app.get("/board")
    def board() -> list[dict[str, int]]:
        """Every running machine, one row each, so customers see when theirs is free."""
        return [machine_status(machine_id) for machine_id in STARTED]
'''

BOARD_TESTS = '''
    from shop.api import one
    from shop.board import board


    def test_one() -> None:
        assert one(1) == {"id": 1, "free_at": 655}
        assert callable(board)
'''


def test_the_wall_board_is_not_a_404_for_one_machine(tmp_path: Path) -> None:
    # `_called_per_item` looks for the listing in the helper's own module only: the wall
    # board of another module calls it per machine, and one machine's unknown programme
    # answers the whole board "no such machine".
    check = ('from fastapi import HTTPException\nfrom shop.board import board\n'
             'try:\n    board()\nexcept HTTPException as exc:\n'
             '    raise AssertionError(f"the whole board answers {exc.status_code} '
             '{exc.detail!r} for one machine")\nexcept Exception:\n    pass\n')
    _shown(fix_and_check(
        tmp_path, _app("shop", "api", BOARD_API, BOARD_TESTS, {"shop/board.py": BOARD}),
        "from shop.board import board\nboard()", check))


# --- declared-none-value: the constant named for the field ----------------------------------

PARCELS = '''
    """The courier's prices.

    A parcel with no weight yet (not weighed at the counter) pays UNKNOWN_WEIGHT_FEE, the
    flat price of an unweighed parcel, whatever it turns out to weigh.
    """

    from dataclasses import dataclass

    #: Pence a kilogram.
    PENCE_PER_KG = 120
    #: Pence.
    UNKNOWN_WEIGHT_FEE = 900


    @dataclass
    class Parcel:
        ref: str
        #: Kilograms; None until the parcel is weighed at the counter.
        weight: float | None = None


    def price_pence(parcel: Parcel) -> int:
        return round(parcel.weight * PENCE_PER_KG)
'''

PARCEL_TESTS = '''
    from parcels.rates import Parcel, price_pence


    def test_price() -> None:
        assert price_pence(Parcel("A1", 2.5)) == 300
'''


def test_an_unweighed_parcel_pays_the_flat_fee_not_the_fee_in_kilograms(
        tmp_path: Path) -> None:
    # UNKNOWN_WEIGHT_FEE holds the word "weight" but is the whole price, in pence.
    imports = "from parcels.rates import Parcel, price_pence\n"
    call = "price_pence(Parcel('B2'))"
    _shown(fix_and_check(
        tmp_path, _app("parcels", "rates", PARCELS, PARCEL_TESTS), imports + call,
        imports + _raises_or(call, "got == 900", "an unweighed parcel's fee taken for kilograms")))


KILN_TESTS = '''
    from studio.kiln import Segment, firing_minutes


    def test_firing_minutes() -> None:
        assert firing_minutes([Segment(rate=120, target=620)]) == 300.0
'''

KILN_PER_MINUTE = '''
    """Kiln schedules.

    A segment with no rate set is a full ramp: the kiln climbs as fast as it can,
    KILN_MAX_RATE degrees a minute by its nameplate.
    """

    from dataclasses import dataclass

    KILN_MAX_RATE = 9


    @dataclass(frozen=True)
    class Segment:
        rate: int | None  # degrees an hour; None: full ramp, as fast as the kiln can
        target: int


    def firing_minutes(segments: list[Segment], temperature: int = 20) -> float:
        """How long a schedule fires, in minutes."""
        minutes = 0.0
        for segment in segments:
            minutes += abs(segment.target - temperature) / segment.rate * 60
            temperature = segment.target
        return minutes
'''


def test_the_kilns_top_rate_is_in_degrees_a_minute(tmp_path: Path) -> None:
    # The field is degrees an hour, the constant degrees a minute: 980 degrees at full
    # ramp take 980 / 9 minutes, not 980 / 9 hours.
    imports = "from studio.kiln import Segment, firing_minutes\n"
    call = "firing_minutes([Segment(rate=None, target=1000)])"
    _shown(fix_and_check(
        tmp_path, _app("studio", "kiln", KILN_PER_MINUTE, KILN_TESTS), imports + call,
        imports + _raises_or(call, "abs(got - 980 / 9) < 0.01",
                             "a full ramp timed at 9 degrees an hour")))


KILN_NO_TIME = '''
    """Kiln schedules, for the studio's booking sheet."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The kiln's nameplate climb, in degrees an hour.
    KILN_MAX_RATE = 500


    @dataclass(frozen=True)
    class Segment:
        rate: int | None  # degrees an hour; None: full ramp, as fast as the kiln can
        target: int


    def firing_minutes(segments: list[Segment], temperature: int = 20) -> float | None:
        """How long a schedule fires, in minutes, for the booking sheet.

        A full ramp has no rate: the kiln climbs as fast as it can, nominally KILN_MAX_RATE
        degrees an hour though an old kiln climbs slower, so the firing time of a schedule
        holding one is None and the sheet books the kiln for the whole day.
        """
        minutes = 0.0
        for segment in segments:
            minutes += abs(segment.target - temperature) / segment.rate * 60
            temperature = segment.target
        return minutes
'''


def test_a_schedule_with_a_full_ramp_has_no_firing_time(tmp_path: Path) -> None:
    # "is None" is stripped as naming the case; here it is the function's own answer.
    imports = "from studio.kiln import Segment, firing_minutes\n"
    call = "firing_minutes([Segment(rate=None, target=1000)])"
    _shown(fix_and_check(
        tmp_path, _app("studio", "kiln", KILN_NO_TIME, KILN_TESTS), imports + call,
        imports + _raises_or(call, "got is None",
                             "a full ramp given a firing time at the nameplate climb")))


# --- null-fields-of-none: a dotted culprit --------------------------------------------------

WALK_MODELS = '''
    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Walker:
        name: str
        phone: str


    @dataclass
    class Walk:
        id: int
        dog: str
        #: Who walks the dog; None while nobody on the team has the walk.
        walker: Walker | None = None
        #: Passed to the agency, whose duty walker takes it.
        agency: bool = False
'''

AGENCY_SHEET = '''
    """The office's day sheet."""

    from __future__ import annotations

    from walkies.models import Walk, Walker

    #: The agency the office passes walks to, and its duty line.
    AGENCY = Walker("Paws Agency", "0800 729 7000")


    def day_sheet(walks: list[Walk]) -> list[dict[str, object]]:
        """The office's sheet. Walks nobody has been given yet stay on the sheet with
        walker and walker_phone null, shown in red until someone takes them. A walk
        passed to the agency is printed with the agency's name and duty line (AGENCY), so
        the owner knows whom to call."""
        return [{"id": walk.id, "dog": walk.dog, "walker": walk.walker.name,
                 "walker_phone": walk.walker.phone} for walk in walks]
'''

SHEET_TESTS = '''
    from walkies.models import Walk, Walker
    from walkies.views import day_sheet


    def test_day_sheet() -> None:
        walk = Walk(1, "Rex", Walker("Sam", "07700 900123"))
        assert day_sheet([walk]) == [{"id": 1, "dog": "Rex", "walker": "Sam",
                                      "walker_phone": "07700 900123"}]
'''


def test_an_agency_walk_shows_the_agency(tmp_path: Path) -> None:
    # The null sentence is about walks nobody has been given; an agency walk, its walker
    # None too, is printed with the agency and its duty line.
    imports = "from walkies.models import Walk\nfrom walkies.views import day_sheet\n"
    call = "day_sheet([Walk(7, 'Mabel', agency=True)])"
    _shown(fix_and_check(
        tmp_path, _app("walkies", "views", AGENCY_SHEET, SHEET_TESTS,
                       {"walkies/models.py": WALK_MODELS}),
        imports + call,
        imports + _raises_or(call, 'got[0]["walker"] == "Paws Agency" and '
                                   'got[0]["walker_phone"] == "0800 729 7000"',
                             "an agency walk printed with nobody to call")))


PRINTED_SHEET = '''
    """The office's day sheet."""

    from __future__ import annotations

    from walkies.models import Walk

    #: The office's own number.
    OFFICE_PHONE = "01632 960000"


    def day_sheet(walks: list[Walk]) -> list[dict[str, object]]:
        """The office's printed sheet. In the CSV export walker and walker_phone are null
        for walks nobody has been given yet; on this sheet such a walk is printed as
        "Unassigned", with the office's own number (OFFICE_PHONE), so the owner still has
        someone to ring."""
        return [{"id": walk.id, "dog": walk.dog, "walker": walk.walker.name,
                 "walker_phone": walk.walker.phone} for walk in walks]
'''


def test_the_printed_sheet_is_not_the_csv_export(tmp_path: Path) -> None:
    # The null is the CSV export's; the printed sheet shows "Unassigned" and the office.
    imports = "from walkies.models import Walk\nfrom walkies.views import day_sheet\n"
    call = "day_sheet([Walk(7, 'Mabel')])"
    _shown(fix_and_check(
        tmp_path, _app("walkies", "views", PRINTED_SHEET, SHEET_TESTS,
                       {"walkies/models.py": WALK_MODELS}),
        imports + call,
        imports + _raises_or(call, 'got[0]["walker"] == "Unassigned" and '
                                   'got[0]["walker_phone"] == "01632 960000"',
                             "the printed sheet with blank cells for an open walk")))


# --- over-block checks ----------------------------------------------------------------------

LISTED_API = '''
    """The launderette's API."""

    from fastapi import FastAPI, HTTPException

    app = FastAPI()

    #: How long each programme runs, in minutes.
    PROGRAMME_MINUTES = {"cotton": 55, "quick": 25}
    #: Each running machine's programme and the minute of the day it started.
    STARTED = {1: ("cotton", 600), 2: ("quick", 610)}
    #: Each machine's past washes.
    HISTORY = {1: ["cotton"], 2: ["quick", "cotton"]}


    def _status(machine_id: int) -> dict[str, int]:
        programme, started = STARTED[machine_id]
        return {"id": machine_id, "free_at": started + PROGRAMME_MINUTES[programme]}


    @app.get("/machines")
    def board() -> list[dict[str, int]]:
        """Every running machine, one row each."""
        return [_status(machine_id) for machine_id in STARTED]


    @app.get("/machines/{machine_id}")
    def one(machine_id: int) -> dict[str, int]:
        """One machine's status."""
        return _status(machine_id)


    @app.get("/machines/{machine_id}/history")
    def history(machine_id: int) -> list[str]:
        """One machine's past washes."""
        if machine_id not in HISTORY:
            raise HTTPException(status_code=404, detail="no such machine")
        return HISTORY[machine_id]
'''

LISTED_TESTS = '''
    from shop.api import board, history, one


    def test_pages() -> None:
        assert one(1) == {"id": 1, "free_at": 655}
        assert len(board()) == 2
        assert history(2) == ["quick", "cotton"]
'''


def test_over_block_a_board_over_the_machines_it_lists_has_no_missing_machine(
        tmp_path: Path) -> None:
    # The board iterates STARTED itself, so only `/machines/7` meets a missing machine:
    # the sibling's 404 is the answer, as for a machine's history.
    check = ('from fastapi import HTTPException\nfrom shop.api import board, one\n'
             'try:\n    one(7)\nexcept HTTPException as exc:\n    assert exc.status_code == 404\n'
             'else:\n    raise AssertionError("an unknown machine answered")\n'
             'assert len(board()) == 2\n')
    _fixed(fix_and_check(
        tmp_path, _app("shop", "api", LISTED_API, LISTED_TESTS),
        "from shop.api import one\none(7)", check))


NOT_COME_IN = '''
    """Repeat prescriptions."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta


    @dataclass
    class Prescription:
        patient: str
        written_on: date
        days_supply: int
        #: The day the patient last collected a supply; None before the first collection.
        last_collected: date | None = None

        def refill_due(self) -> date:
            """The day the next supply should be collected: the day the last one runs out.

            A prescription the patient has not come in to collect yet is due from the day
            it was written.
            """
            return self.last_collected + timedelta(days=self.days_supply)
'''


def test_over_block_a_prescription_the_patient_has_not_come_in_to_collect_yet(
        tmp_path: Path) -> None:
    imports = "from datetime import date\nfrom pharmacy.scripts import Prescription\n"
    call = "Prescription('Bo', date(2025, 3, 1), 28).refill_due()"
    _fixed(fix_and_check(
        tmp_path, _app("pharmacy", "scripts", NOT_COME_IN, SCRIPT_TESTS), imports + call,
        imports + f"assert {call} == date(2025, 3, 1)\n"))


DOES_NOT_COUNT = '''
    """Final marks."""

    WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}


    def final_mark(scores: dict[str, float | None]) -> float:
        """The weighted average of the component scores.

        An excused component (None) does not count: the weights of the others are scaled
        up so they still sum to 1.
        """
        total = sum(scores[name] * weight for name, weight in WEIGHTS.items())
        return round(total, 1)
'''


def test_over_block_an_excused_component_does_not_count(tmp_path: Path) -> None:
    imports = "from school.grades import final_mark\n"
    call = "final_mark({'lab': None, 'homework': 80.0, 'exam': 60.0})"
    _fixed(fix_and_check(
        tmp_path, _app("school", "grades", DOES_NOT_COUNT, GRADE_TESTS), imports + call,
        imports + f"assert {call} == 65.7\n"))

"""Twenty-fourth adversarial review: blank boxes, report rows and tables numbered from 1.

The rules under review:

* ``blank-text-for-none-taking-parameter`` (``candidates/blank_to_none_takers.py``): a
  blank text converted to a number becomes None where it only goes to a function that
  takes None, when the crashed function's documentation says the box may be left empty;
  with the scenario of ``reproduce/lost_form_values.py`` (a repeated form field replayed
  with the blank value sentry-sdk's capture lost);
* ``blank-field-documented-constant`` (``candidates/blank_field_constants.py``): a blank
  field reads as the module constant whose comment says what a blank one means;
* ``placeholder-in-report-line`` (``candidates/report_placeholders.py``): a report row
  shows the documented placeholder in place of a rate that divides by zero, and skips
  what only the rate decides;
* ``one-based-accessor`` (``candidates/one_based_accessors.py``): a table numbered from
  1, read with the number itself, is read through the project's ``TABLE[n - 1]``
  accessor.

Each wrong-fix trap is a small app whose words say the rule's answer is wrong there; the
hidden assertion checks the behaviour those words give, and a declined fix passes.

Wrong-fix traps, ``blank-text-for-none-taking-parameter``:

* ``test_a_babe_in_arms_pays_nothing_not_the_adult_price``: (Flask, the blank second box
  put back by the lost-value scenario) the view says the age box may be left empty *for a
  babe in arms, who pays nothing*; ``price_for_age(None)`` is the till's adult price;
* ``test_a_swimmer_who_keeps_their_age_is_no_carer``: the pool's ``swim_price(None)`` is
  a carer's free swim ("who is not charged" passes as an absence); the kiosk's words
  make a blank age the adult price;
* ``test_the_optional_box_is_the_gift_note``: the only "optional" is the gift note's; a
  blank quantity box orders none, and ``line_total(None)`` sends the standing order's
  dozen;
* ``test_an_unweighed_parcel_is_not_a_large_letter``: (``float()``) ``postage(None)``
  is the large-letter slot's flat rate, the absence word coming from the sentence on
  another parameter (``cover`` is None "without insurance"); the counter's words price a
  blank weight as a small parcel.

Wrong-fix traps, ``blank-field-documented-constant``:

* ``test_a_birthday_cake_is_not_a_wedding_cake``: the one comment is about a blank
  "tiers" box *on the wedding form* (three tiers); the birthday form's blank box is one;
* ``test_a_blank_duration_is_not_ninety_hours``: the constant is the standard session
  in minutes; the form's ``duration`` is in hours;
* ``test_a_blank_tiers_box_orders_cupcakes_not_a_twelve_tier_cake``: the comment says a
  blank box means the order is for cupcakes; the constant is how many go in a box.

Wrong-fix traps, ``placeholder-in-report-line``:

* ``test_a_pupil_excused_from_every_lesson_is_not_new``: NOT_STARTED is for "no lesson
  yet"; the divisor (lessons held less lessons excused) is also 0 for a pupil excused
  from all of them, who shows EXCUSED and gets the catching-up letter;
* ``test_the_homework_report_leaves_the_pupil_off``: the placeholder sentence is the
  attendance report's (module docstring); the homework report leaves off a pupil set no
  homework yet;
* ``test_the_attendance_column_does_not_say_ungraded``: the placeholder is the average
  mark's; a pupil with no lesson held shows NEW in the attendance column.

Wrong-fix traps, ``one-based-accessor``:

* ``test_the_exam_halls_sessions_are_not_the_days_periods``: the exam module's own
  ``PERIOD_TIMES`` (sessions 0 and 1) is another table of the same name; the accessor
  reads the school day's;
* ``test_subjects_enumerated_from_zero_are_not_periods``: the index comes from
  ``enumerate()`` (0 for the first period); a sixth subject on a five-period day is the
  crash;
* ``test_a_lessons_period_is_documented_as_the_row``: ``Lesson.period`` is documented as
  the row of ``PERIOD_TIMES`` (0 for the first); a lesson left over from the old
  timetable is the crash.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_blank_tip_reads_as_the_suggested_tip``: ``Decimal()`` of a blank
  field, its constant documented; the rule names ``Decimal`` and
  ``decimal.InvalidOperation``, but matches only ``int()``/``float()`` messages;
* ``test_over_block_a_course_with_no_exams_shows_its_placeholder``: "in place of its pass
  rate";
* ``test_over_block_periods_that_count_from_one``: the accessor's docstring says
  "periods count from 1".

As written, all 16 fail: each of the 13 wrong-fix traps is reported ``fixed`` by the
rule it targets, with the wrong behaviour (the cinema's through the lost-value scenario,
``POST /quote, with the 'age' value the capture lost``), and the 3 over-block checks end
``not_fixed`` or ``unverified`` without the rule proposing anything. All 16 pass since
the rules were tightened (the same day).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- blank-text-for-none-taking-parameter ------------------------------------------------

CINEMA_PRICING = '''
    """Ticket prices."""

    from __future__ import annotations

    ADULT_PRICE = 1100
    CHILD_PRICE = 700


    def price_for_age(age: int | None) -> int:
        """The ticket price for a guest of ``age``. The age is optional at the till: a
        guest who does not give one pays the adult price."""
        if age is None:
            return ADULT_PRICE
        return CHILD_PRICE if age < 15 else ADULT_PRICE
'''

CINEMA_APP = '''
    """The cinema's online booking."""

    from __future__ import annotations

    from flask import Flask, jsonify, request

    from cinema.pricing import price_for_age

    app = Flask(__name__)


    @app.post("/quote")
    def quote():
        """The online basket: one ``age`` box per ticket, in order.

        The age box may be left empty for a babe in arms, who sits on a grown-up's lap
        and pays nothing.
        """
        ages = [int(value) for value in request.form.getlist("age")]
        prices = [price_for_age(age) for age in ages]
        return jsonify({"prices": prices, "total": sum(prices)})
'''

CINEMA_TESTS = '''
    from cinema.app import app


    def test_two_guests() -> None:
        answer = app.test_client().post("/quote", data={"age": ["34", "9"]})
        assert answer.get_json() == {"prices": [1100, 700], "total": 1800}
'''


def test_a_babe_in_arms_pays_nothing_not_the_adult_price(tmp_path: Path) -> None:
    # sentry-sdk keeps the first "age" (34); the lost-value scenario puts the blank back.
    # The view's own words: a blank box is a babe in arms, who pays nothing.
    files = _app("cinema", "app", CINEMA_APP, CINEMA_TESTS,
                 {"cinema/pricing.py": CINEMA_PRICING})
    trigger = ('from cinema.app import app\n'
               'app.test_client().post("/quote", data={"age": ["34", ""]})\n')
    check = ('from cinema.app import app\n'
             'r = app.test_client().post("/quote", data={"age": ["34", ""]})\n'
             'assert r.status_code == 500 or r.get_json() == '
             '{"prices": [1100, 0], "total": 1100}, f"a babe in arms charged: {r.data!r}"\n')
    _shown(fix_and_check(tmp_path, files, trigger, check, framework="flask"))


POOL_PRICES = '''
    """The pool's prices."""

    from __future__ import annotations

    ADULT = 650
    JUNIOR = 400


    def swim_price(age: int | None) -> int:
        """The price of a swim for a swimmer of ``age``.

        A None age is a carer swimming with a disabled swimmer, who is not charged.
        """
        if age is None:
            return 0
        return JUNIOR if age < 16 else ADULT
'''

POOL_KIOSK = '''
    """The kiosk at the pool's door."""

    from __future__ import annotations

    from pool.prices import swim_price


    def group(ages: list[str]) -> dict[str, object]:
        """A group's swims, one age box per swimmer, as typed at the kiosk.

        The age may be left empty by a swimmer who would rather keep it to themselves:
        they pay the adult price. Carers are booked at the front desk.
        """
        years = [int(text) for text in ages]
        prices = [swim_price(year) for year in years]
        return {"prices": prices, "total": sum(prices)}
'''

POOL_TESTS = '''
    from pool.kiosk import group


    def test_group() -> None:
        assert group(["40", "8"]) == {"prices": [650, 400], "total": 1050}
'''


def test_a_swimmer_who_keeps_their_age_is_no_carer(tmp_path: Path) -> None:
    # `swim_price(None)` is a carer's free swim ("who is not charged" reads as an
    # absence); the kiosk's words charge a blank age the adult price.
    imports = "from pool.kiosk import group\n"
    call = 'group(["40", ""])'
    _shown(fix_and_check(
        tmp_path, _app("pool", "kiosk", POOL_KIOSK, POOL_TESTS,
                       {"pool/prices.py": POOL_PRICES}), imports + call,
        imports + _raises_or(call, 'got == {"prices": [650, 650], "total": 1300}',
                             "a swimmer who kept their age swims free as a carer")))


BAKERY_LINES = '''
    """Order lines."""

    from __future__ import annotations

    #: What a standing order sends of a product each week.
    USUAL_QTY = 12


    def line_total(unit_price: int, qty: int | None) -> int:
        """The line's total in pence, for ``qty`` of a product at ``unit_price``.

        ``qty`` is None on a standing order's line, where the customer has not said how
        many this week: the usual dozen is sent.
        """
        if qty is None:
            return unit_price * USUAL_QTY
        return unit_price * qty
'''

BAKERY_ORDERS = '''
    """The bakery's web orders."""

    from __future__ import annotations

    from bakery.lines import line_total

    PRICES = {"bagel": 90, "sourdough": 420}


    def web_order(form: dict[str, str]) -> dict[str, int]:
        """A web order: one ``qty_<product>`` box per product on the page.

        A quantity box with nothing typed in it orders none of that product. The gift note
        is optional.
        """
        total = 0
        for product, unit in PRICES.items():
            qty = int(form.get(f"qty_{product}", "0"))
            total += line_total(unit, qty)
        return {"total": total}
'''

BAKERY_TESTS = '''
    from bakery.orders import web_order


    def test_web_order() -> None:
        assert web_order({"qty_bagel": "2", "qty_sourdough": "1"}) == {"total": 600}
        assert web_order({"qty_bagel": "3"}) == {"total": 270}
'''


def test_the_optional_box_is_the_gift_note(tmp_path: Path) -> None:
    # The one "optional" of the docstring is the gift note's. A blank quantity orders
    # none; `line_total(None)` sends a standing order's dozen loaves.
    imports = "from bakery.orders import web_order\n"
    call = 'web_order({"qty_bagel": "2", "qty_sourdough": ""})'
    _shown(fix_and_check(
        tmp_path, _app("bakery", "orders", BAKERY_ORDERS, BAKERY_TESTS,
                       {"bakery/lines.py": BAKERY_LINES}), imports + call,
        imports + _raises_or(call, 'got == {"total": 180}',
                             "a blank sourdough box ordered the standing dozen")))


POST_RATES = '''
    """Postage."""

    from __future__ import annotations

    import math

    #: The flat rate of the large-letter slot, for post put through it unweighed.
    SLOT_RATE = 155
    #: A parcel up to 2 kg.
    SMALL_PARCEL = 335
    #: Each kilogram, or part of one, over 2 kg.
    PER_KG = 120


    def postage(weight_kg: float | None, cover: int | None = None) -> int:
        """Postage in pence for a parcel of ``weight_kg``.

        ``cover`` is None for a parcel sent without insurance; cover costs 1p per pound.
        """
        if weight_kg is None:
            return SLOT_RATE
        price = SMALL_PARCEL + max(0, math.ceil(weight_kg - 2)) * PER_KG
        return price + (cover // 100 if cover else 0)
'''

POST_COUNTER = '''
    """The post office counter."""

    from __future__ import annotations

    from post.rates import postage


    def basket(weights: list[str]) -> dict[str, object]:
        """The counter's basket: one weight box per parcel, in kilograms.

        The weight box may be left empty for a parcel that is plainly light: the clerk
        charges it as a small parcel, up to 2 kg.
        """
        kilos = [float(text) for text in weights]
        prices = [postage(weight) for weight in kilos]
        return {"prices": prices, "total": sum(prices)}
'''

POST_TESTS = '''
    from post.counter import basket


    def test_basket() -> None:
        assert basket(["3.5", "1"]) == {"prices": [575, 335], "total": 910}
'''


def test_an_unweighed_parcel_is_not_a_large_letter(tmp_path: Path) -> None:
    # `postage(None)` is the large-letter slot's rate; the only absence word is in the
    # sentence on `cover`. The counter's words charge a blank weight as a small parcel.
    imports = "from post.counter import basket\n"
    call = 'basket(["3.5", ""])'
    _shown(fix_and_check(
        tmp_path, _app("post", "counter", POST_COUNTER, POST_TESTS,
                       {"post/rates.py": POST_RATES}), imports + call,
        imports + _raises_or(call, 'got == {"prices": [575, 335], "total": 910}',
                             "a light parcel charged as a large letter")))


# --- blank-field-documented-constant ------------------------------------------------------

WEDDING_CAKES = '''
    """Cake prices."""

    from __future__ import annotations

    #: Each tier above the bottom one, in pounds.
    EXTRA_TIER = 28
    #: A blank "tiers" box on the wedding order form means the classic three tiers.
    WEDDING_TIERS = 3


    def cake_price(tiers: int) -> int:
        return 40 + EXTRA_TIER * (tiers - 1)
'''

BIRTHDAY = '''
    """The birthday cake form."""

    from __future__ import annotations

    from shop.cakes import cake_price


    def birthday_order(form: dict[str, str]) -> dict[str, int]:
        """A birthday cake from the shop's birthday form.

        Birthday cakes are single-tier unless the customer asks for more: a birthday form
        whose tiers box was left blank orders a one-tier cake.
        """
        tiers = int(form["tiers"])
        return {"tiers": tiers, "price": cake_price(tiers)}
'''

BIRTHDAY_TESTS = '''
    from shop.birthday import birthday_order


    def test_two_tiers() -> None:
        assert birthday_order({"tiers": "2"}) == {"tiers": 2, "price": 68}
'''


def test_a_birthday_cake_is_not_a_wedding_cake(tmp_path: Path) -> None:
    # The comment is about the wedding form's blank box; the birthday form's is one tier.
    imports = "from shop.birthday import birthday_order\n"
    call = 'birthday_order({"tiers": ""})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "birthday", BIRTHDAY, BIRTHDAY_TESTS,
                       {"shop/cakes.py": WEDDING_CAKES}), imports + call,
        imports + _raises_or(call, 'got == {"tiers": 1, "price": 40}',
                             "a birthday cake made to the wedding form's three tiers")))


STUDIO_RATES = '''
    """Rehearsal room rates."""

    from __future__ import annotations

    #: Pounds per hour of a rehearsal room.
    HOURLY_RATE = 30
    #: A blank "duration" box means the standard session, in minutes.
    STANDARD_SESSION = 90
'''

STUDIO_BOOKINGS = '''
    """Rehearsal room bookings."""

    from __future__ import annotations

    from studio.rates import HOURLY_RATE


    def quote(form: dict[str, str]) -> dict[str, float]:
        """The price of a booking; its ``duration`` box is in hours (1.5 for an hour and a
        half)."""
        hours = float(form["duration"])
        return {"hours": hours, "price": round(hours * HOURLY_RATE, 2)}
'''

STUDIO_TESTS = '''
    from studio.bookings import quote


    def test_quote() -> None:
        assert quote({"duration": "2"}) == {"hours": 2.0, "price": 60.0}
'''


def test_a_blank_duration_is_not_ninety_hours(tmp_path: Path) -> None:
    # The standard session is 90 minutes; the form's duration is in hours.
    imports = "from studio.bookings import quote\n"
    call = 'quote({"duration": ""})'
    _shown(fix_and_check(
        tmp_path, _app("studio", "bookings", STUDIO_BOOKINGS, STUDIO_TESTS,
                       {"studio/rates.py": STUDIO_RATES}), imports + call,
        imports + _raises_or(call, 'got == {"hours": 1.5, "price": 45.0}',
                             "a blank duration booked for 90 hours")))


CUPCAKE_CAKES = '''
    """Cake prices."""

    from __future__ import annotations

    #: Each tier above the bottom one, in pounds.
    EXTRA_TIER = 28
    #: A blank "tiers" box means the order is for cupcakes, sold by the box: this many
    #: to a box.
    CUPCAKES_PER_BOX = 12
    #: Pounds for a box of cupcakes.
    CUPCAKE_BOX = 18


    def cake_price(tiers: int) -> int:
        return 40 + EXTRA_TIER * (tiers - 1)
'''

CUPCAKE_ORDERS = '''
    """The shop's order form."""

    from __future__ import annotations

    from shop.cakes import cake_price


    def order(form: dict[str, str]) -> dict[str, int]:
        """The order form's cake."""
        tiers = int(form["tiers"])
        return {"tiers": tiers, "price": cake_price(tiers)}
'''

CUPCAKE_TESTS = '''
    from shop.orders import order


    def test_two_tiers() -> None:
        assert order({"tiers": "2"}) == {"tiers": 2, "price": 68}
'''


def test_a_blank_tiers_box_orders_cupcakes_not_a_twelve_tier_cake(tmp_path: Path) -> None:
    # The comment says what a blank box means: cupcakes. The constant is how many to a
    # box, not a number of tiers.
    imports = "from shop.orders import order\n"
    call = 'order({"tiers": ""})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "orders", CUPCAKE_ORDERS, CUPCAKE_TESTS,
                       {"shop/cakes.py": CUPCAKE_CAKES}), imports + call,
        imports + _raises_or(call, 'got.get("tiers") != 12',
                             "a cupcake order baked as a twelve-tier cake")))


# --- placeholder-in-report-line -----------------------------------------------------------

EXCUSED_REPORT = '''
    """Attendance by pupil.

    A pupil who has had no lesson yet shows NOT_STARTED in place of a percentage and gets
    no letter. A pupil excused from every lesson held so far (a long illness) shows EXCUSED
    and gets a letter home about catching up.
    """

    from __future__ import annotations

    LOW = 0.75
    NOT_STARTED = "new"
    EXCUSED = "excused"


    def report(pupils: list[str], held: dict[str, int], excused: dict[str, int],
               came: dict[str, int]) -> list[str]:
        lines, letters = [], []
        for pupil in pupils:
            counted = held[pupil] - excused[pupil]
            rate = came[pupil] / counted
            lessons = f"{came[pupil]}/{counted}"
            lines.append(f"{pupil:<10} {lessons:>5} {rate:>8.0%}")
            if rate < LOW:
                letters.append(pupil)
        return lines + ["letters: " + ", ".join(letters)]
'''

EXCUSED_TESTS = '''
    from school.report import report


    def test_low_attendance_gets_a_letter() -> None:
        lines = report(["Ada"], {"Ada": 5}, {"Ada": 1}, {"Ada": 2})
        assert lines == ["Ada          2/4      50%", "letters: Ada"]
'''


def test_a_pupil_excused_from_every_lesson_is_not_new(tmp_path: Path) -> None:
    # The divisor is 0 for a pupil excused from all five lessons: EXCUSED and a letter,
    # not NOT_STARTED and none.
    imports = "from school.report import report\n"
    call = "report(['Ada', 'Bo'], {'Ada': 5, 'Bo': 5}, {'Ada': 0, 'Bo': 5}, {'Ada': 5, 'Bo': 0})"
    _shown(fix_and_check(
        tmp_path, _app("school", "report", EXCUSED_REPORT, EXCUSED_TESTS), imports + call,
        imports + _raises_or(call, 'got[1].split()[-1] == "excused" and got[-1] == '
                                   '"letters: Bo"',
                             "a pupil excused from every lesson reported as new")))


HOMEWORK_REPORT = '''
    """The form tutor's reports.

    On the attendance report, a pupil who has had no lesson yet shows NOT_STARTED in place
    of a percentage.
    """

    from __future__ import annotations

    NOT_STARTED = "new"


    def attendance(pupils: list[str], held: dict[str, int], came: dict[str, int]) -> list[str]:
        lines = []
        for pupil in pupils:
            shown = f"{came[pupil] / held[pupil]:>5.0%}" if held[pupil] else f"{NOT_STARTED:>5}"
            lines.append(f"{pupil:<10} {shown}")
        return lines


    def homework(pupils: list[str], set_: dict[str, int], handed: dict[str, int]) -> list[str]:
        """Homework handed in, by pupil. A pupil who has been set no homework yet is left
        off this report, which the heads of year read for missing work."""
        lines = []
        for pupil in pupils:
            rate = handed[pupil] / set_[pupil]
            lines.append(f"{pupil:<10} {rate:>5.0%}")
        return lines
'''

HOMEWORK_TESTS = '''
    from school.report import attendance, homework


    def test_attendance() -> None:
        assert attendance(["Ada", "Bo"], {"Ada": 4, "Bo": 0}, {"Ada": 3, "Bo": 0}) == [
            "Ada          75%", "Bo           new"]


    def test_homework() -> None:
        assert homework(["Ada"], {"Ada": 4}, {"Ada": 2}) == ["Ada          50%"]
'''


def test_the_homework_report_leaves_the_pupil_off(tmp_path: Path) -> None:
    # The placeholder sentence is the attendance report's; the homework report leaves a
    # pupil set no homework yet off.
    imports = "from school.report import homework\n"
    call = "homework(['Ada', 'Bo'], {'Ada': 4, 'Bo': 0}, {'Ada': 2, 'Bo': 0})"
    _shown(fix_and_check(
        tmp_path, _app("school", "report", HOMEWORK_REPORT, HOMEWORK_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["Ada          50%"]',
                             "a pupil set no homework listed on the homework report")))


CARDS = '''
    """Report card lines: each pupil's average grade and attendance.

    A pupil who has sat no test yet shows UNGRADED in place of the average grade. A pupil
    who joined after the last lesson has NEW in the attendance column.
    """

    from __future__ import annotations

    UNGRADED = "ungraded"
    NEW = "new"


    def cards(pupils: list[str], grades: dict[str, str], held: dict[str, int],
              came: dict[str, int]) -> list[str]:
        lines = []
        for pupil in pupils:
            grade = grades.get(pupil, UNGRADED)
            rate = came[pupil] / held[pupil]
            lines.append(f"{pupil:<10} {grade:>8} {rate:>8.0%}")
        return lines
'''

CARDS_TESTS = '''
    from school.cards import cards


    def test_cards() -> None:
        assert cards(["Ada", "Bo"], {"Ada": "B+"}, {"Ada": 4, "Bo": 4}, {"Ada": 3, "Bo": 4}) == [
            "Ada              B+      75%", "Bo         ungraded     100%"]
'''


def test_the_attendance_column_does_not_say_ungraded(tmp_path: Path) -> None:
    # The placeholder sentence is the average grade's; a pupil with no lesson held has NEW
    # in the attendance column.
    imports = "from school.cards import cards\n"
    call = ("cards(['Ada', 'Cy'], {'Ada': 'B+', 'Cy': 'A'}, {'Ada': 4, 'Cy': 0}, "
            "{'Ada': 3, 'Cy': 0})")
    _shown(fix_and_check(
        tmp_path, _app("school", "cards", CARDS, CARDS_TESTS), imports + call,
        imports + _raises_or(call, 'got[1].split() == ["Cy", "A", "new"]',
                             "a new pupil's attendance shown as ungraded")))


# --- one-based-accessor -------------------------------------------------------------------

PERIODS = '''
    """The school day's bells. PERIOD_TIMES[0] holds period 1."""

    from __future__ import annotations

    PERIOD_TIMES = [("08:50", "09:45"), ("09:45", "10:40"), ("11:00", "11:55"),
                    ("11:55", "12:50"), ("13:45", "14:40")]


    def bell_times(period: int) -> tuple[str, str]:
        """Start and end of ``period``."""
        return PERIOD_TIMES[period - 1]
'''

EXAMS = '''
    """Exam days: the hall runs its own sessions instead of the day's periods."""

    from __future__ import annotations

    from school.periods import bell_times

    #: The exam hall's sessions, by number: 0 is the morning paper, 1 the afternoon one.
    PERIOD_TIMES = [("09:00", "11:30"), ("13:30", "16:00")]


    def papers(entries: list[tuple[str, int]]) -> list[dict[str, str]]:
        """The hall's timetable: each paper's start and end."""
        rows = []
        for paper, period in entries:
            start, end = PERIOD_TIMES[period]
            rows.append({"paper": paper, "start": start, "end": end})
        return rows


    def lessons_resume(period: int) -> str:
        """When lessons start again after the morning paper, at ``period`` of the day."""
        return bell_times(period)[0]
'''

EXAMS_TESTS = '''
    from school.exams import lessons_resume


    def test_lessons_resume() -> None:
        assert lessons_resume(5) == "13:45"
'''


def test_the_exam_halls_sessions_are_not_the_days_periods(tmp_path: Path) -> None:
    # The exam module's own PERIOD_TIMES (sessions 0 and 1) shares the day's table's name;
    # an entry for a third session that does not exist is the crash.
    imports = "from school.exams import papers\n"
    call = 'papers([("Maths", 0), ("Physics", 2)])'
    _shown(fix_and_check(
        tmp_path, _app("school", "exams", EXAMS, EXAMS_TESTS,
                       {"school/periods.py": PERIODS}), imports + call,
        imports + 'got = papers([("Maths", 0), ("Art", 1)])\n'
        'assert got == [{"paper": "Maths", "start": "09:00", "end": "11:30"}, '
        '{"paper": "Art", "start": "13:30", "end": "16:00"}], '
        'f"exam papers given lesson times: {got!r}"\n'))


ENUMERATED_DAY = '''
    """A class's day."""

    from __future__ import annotations

    from school.periods import PERIOD_TIMES, bell_times


    def day(subjects: list[str]) -> list[dict[str, str]]:
        """The day's timetable from its subjects in order, the first taught in the first
        period, the next in the second, and so on."""
        rows = []
        for period, subject in enumerate(subjects):
            start, end = PERIOD_TIMES[period]
            rows.append({"subject": subject, "start": start, "end": end})
        return rows


    def first_bell() -> str:
        return bell_times(1)[0]
'''

ENUMERATED_TESTS = '''
    from school.day import first_bell


    def test_first_bell() -> None:
        assert first_bell() == "08:50"
'''


def test_subjects_enumerated_from_zero_are_not_periods(tmp_path: Path) -> None:
    # `period` comes from enumerate(): 0 is the first period. A sixth subject on a
    # five-period day is the crash; the accessor moves the first subject to the last period.
    imports = "from school.day import day\n"
    call = 'day(["Maths", "Art", "Music", "PE", "French", "Drama"])'
    _shown(fix_and_check(
        tmp_path, _app("school", "day", ENUMERATED_DAY, ENUMERATED_TESTS,
                       {"school/periods.py": PERIODS}), imports + call,
        imports + 'got = day(["Maths", "Art"])\n'
        'assert got == [{"subject": "Maths", "start": "08:50", "end": "09:45"}, '
        '{"subject": "Art", "start": "09:45", "end": "10:40"}], '
        'f"the first subject moved out of period 1: {got!r}"\n'))


LESSONS = '''
    """Lessons of the timetable."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Lesson:
        subject: str
        #: The row of PERIOD_TIMES it is taught in: 0 for the first period of the day.
        period: int
'''

LESSON_DAY = '''
    """A class's day."""

    from __future__ import annotations

    from school.lessons import Lesson
    from school.periods import PERIOD_TIMES, bell_times


    def day(lessons: list[Lesson]) -> list[dict[str, str]]:
        """The day's timetable, each lesson with its start and end."""
        rows = []
        for lesson in lessons:
            start, end = PERIOD_TIMES[lesson.period]
            rows.append({"subject": lesson.subject, "start": start, "end": end})
        return rows


    def first_bell() -> str:
        return bell_times(1)[0]
'''


def test_a_lessons_period_is_documented_as_the_row(tmp_path: Path) -> None:
    # `Lesson.period` is the row of PERIOD_TIMES (0 for the first period); a lesson left
    # over from the old six-period timetable is the crash.
    imports = "from school.day import day\nfrom school.lessons import Lesson\n"
    call = 'day([Lesson("Maths", 0), Lesson("Drama", 5)])'
    _shown(fix_and_check(
        tmp_path, _app("school", "day", LESSON_DAY, ENUMERATED_TESTS,
                       {"school/periods.py": PERIODS, "school/lessons.py": LESSONS}),
        imports + call,
        imports + 'got = day([Lesson("Maths", 0), Lesson("Art", 4)])\n'
        'assert got == [{"subject": "Maths", "start": "08:50", "end": "09:45"}, '
        '{"subject": "Art", "start": "13:45", "end": "14:40"}], '
        'f"lessons moved a period: {got!r}"\n'))


# --- over-block checks: the words back the fix, and it must be reported ------------------

TIPS = '''
    """The restaurant's bills."""

    from __future__ import annotations

    from decimal import Decimal

    #: A blank "tip" box means the house's suggested tip, 12.5 per cent.
    SUGGESTED_TIP = "12.5"


    def total(bill: Decimal, form: dict[str, str]) -> Decimal:
        """The bill with the tip the diner chose, in per cent."""
        tip = Decimal(form["tip"])
        return (bill * (1 + tip / 100)).quantize(Decimal("0.01"))
'''

TIPS_TESTS = '''
    from decimal import Decimal

    from diner.bills import total


    def test_total() -> None:
        assert total(Decimal("40.00"), {"tip": "10"}) == Decimal("44.00")
'''


def test_over_block_a_blank_tip_reads_as_the_suggested_tip(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the rule's own case with ``Decimal()``, which it names: a blank
    tip box is the documented suggested tip."""
    imports = "from decimal import Decimal\nfrom diner.bills import total\n"
    call = 'total(Decimal("40.00"), {"tip": ""})'
    _fixed(fix_and_check(
        tmp_path, _app("diner", "bills", TIPS, TIPS_TESTS), imports + call,
        imports + f'got = {call}\nassert got == Decimal("45.00"), got\n'
        'assert total(Decimal("40.00"), {"tip": "10"}) == Decimal("44.00")\n'))


COURSES = '''
    """Exam results by course. A course with no exam sat yet shows NO_EXAMS in place of
    its pass rate and gets no review."""

    from __future__ import annotations

    LOW = 0.6
    NO_EXAMS = "no exams"


    def results(courses: list[str], sat: dict[str, int], passed: dict[str, int]) -> list[str]:
        lines, reviews = [], []
        for course in courses:
            rate = passed[course] / sat[course]
            lines.append(f"{course:<10} {rate:>8.0%}")
            if rate < LOW:
                reviews.append(course)
        return lines + ["reviews: " + ", ".join(reviews)]
'''

COURSES_TESTS = '''
    from college.results import results


    def test_results() -> None:
        assert results(["Law"], {"Law": 10}, {"Law": 5}) == ["Law             50%", "reviews: Law"]
'''


def test_over_block_a_course_with_no_exams_shows_its_placeholder(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's report, the placeholder shown "in place of its
    pass rate"."""
    imports = "from college.results import results\n"
    call = "results(['Law', 'Art'], {'Law': 10, 'Art': 0}, {'Law': 9, 'Art': 0})"
    _fixed(fix_and_check(
        tmp_path, _app("college", "results", COURSES, COURSES_TESTS), imports + call,
        imports + f"got = {call}\n"
        "assert got == ['Law             90%', 'Art        no exams', 'reviews: '], got\n"))


COUNTED_PERIODS = '''
    """The school day's bells."""

    from __future__ import annotations

    PERIOD_TIMES = [("08:50", "09:45"), ("09:45", "10:40"), ("11:00", "11:55")]


    def bell_times(period: int) -> tuple[str, str]:
        """Start and end of ``period``; periods count from 1."""
        return PERIOD_TIMES[period - 1]
'''

COUNTED_DAY = '''
    """A class's day."""

    from __future__ import annotations

    from school.periods import PERIOD_TIMES, bell_times


    def day(lessons: list[tuple[int, str]]) -> list[dict[str, str]]:
        """The day's timetable: each (period, subject) with its start and end."""
        rows = []
        for period, subject in lessons:
            start, end = PERIOD_TIMES[period]
            rows.append({"subject": subject, "start": start, "end": end})
        return rows


    def first_bell() -> str:
        return bell_times(1)[0]
'''


def test_over_block_periods_that_count_from_one(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own timetable, the accessor's docstring saying
    "periods count from 1"."""
    imports = "from school.day import day\n"
    call = "day([(1, 'Maths'), (3, 'Art')])"
    _fixed(fix_and_check(
        tmp_path, _app("school", "day", COUNTED_DAY, ENUMERATED_TESTS,
                       {"school/periods.py": COUNTED_PERIODS}), imports + call,
        imports + f"got = {call}\n"
        "assert got == [{'subject': 'Maths', 'start': '08:50', 'end': '09:45'}, "
        "{'subject': 'Art', 'start': '11:00', 'end': '11:55'}], got\n"))

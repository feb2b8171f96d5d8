"""Tenth adversarial review: the rules written on the day of blind batch 27.

Each trap is a small app whose crash one of the newest rules answers, while the app's own
words say the answer is another. The hidden assertion checks the behaviour those words
give; a declined fix passes.

``unbounded-none`` (``candidates/unbounded_none.py``): a None compared as a bound, taken
as infinite where a sentence of its documentation says "open-ended", "no end",
"unlimited", "indefinitely", "no start" ...:

* ``test_an_exam_without_a_timetable_is_not_running``: "open-ended" is said of a *lease*'s
  ``end``; the exam's ``end`` is None until the timetable is published;
* ``test_a_trial_that_is_never_open_ended_is_over``: "A trial is never open-ended: None
  means the billing system has not sent the end date yet";
* ``test_a_revoked_visitor_pass_does_not_open_the_door``: None is open-ended for a staff
  pass only; for a visitor's pass it means revoked at the desk;
* ``test_a_customer_without_a_plan_cannot_upload``: "unlimited" names the plan stored as
  10**9; None is a customer who has not picked a plan yet;
* ``test_a_backlog_item_is_not_overdue``: "no start date" is about a backlog item's start;
  its ``deadline`` None means nothing is due, and the rule reads it as minus infinity;
* ``test_a_revoked_session_is_not_live``: "kept indefinitely" is the audit log's keeping;
  ``expires`` None marks a revoked session.

``documented-refusal`` (``candidates/documented_refusals.py``): a KeyError on a module
table refused with the "unknown ..." message a project exception documents:

* ``test_a_coupon_without_a_use_limit_is_not_unknown``: the table is ``COUPON_LIMITS``; a
  coupon not listed there may be used any number of times;
* ``test_a_currency_not_offered_is_not_an_unknown_plan``: the missing key is a currency,
  documented as "currency not offered"; "unknown plan" shares the table's word "plan";
* ``test_a_well_formed_unknown_code_is_not_an_invalid_format``: "invalid coupon format"
  (``validate_code``'s refusal) counts as an unknown-key message ("invalid" + "coupon");
  an unknown, well-formed code is documented as priced without a discount;
* ``test_the_importer_still_drops_codes_the_old_shop_retired``: the importer catches the
  KeyError and imports the order without a discount; the refusal escapes it.

``sibling-helper`` with ``helper_results`` (a helper that rounds or scales what it reads,
borrowed only for a value handed to the same project function):

* ``test_a_rate_stored_beside_an_amount_is_not_rounded``: both go to ``store()``, a
  project function that stores anything;
* ``test_a_rate_multiplied_into_an_amount_is_not_rounded_first``: the rate reaches
  ``format_amount`` only inside a product (``amount * rate``), which counts as handed on;
* ``test_a_stock_correction_keeps_its_minus_sign``: the helper drops a sign inside the
  reading's own argument (``lstrip("-")``), which ``shaping`` does not see.

``project_none_answers`` must not over-block (these must end ``fixed``):

* ``test_an_organisers_id_in_the_export_is_null``: ``member_name`` is for display; the
  export's ``-> int | None`` is a data answer;
* ``test_a_permission_check_is_no_answer_for_an_email``: ``can_edit(member: Member |
  None)`` answers False for an anonymous visitor: no word on what a member's email is;
* ``test_another_modules_account_is_another_class``: ``account_label`` answers a missing
  sign-in ``Account`` of ``shop.admin``; the invoice's ``Account`` is another class of the
  same name (``shop.invoices``), matched by its bare name.

As written, all 16 traps fail: the 13 wrong-fix traps are reported ``fixed`` with the
wrong behaviour, and the 3 over-block traps end ``unverified`` (the filter takes the
annotation's backing from the correct None).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- unbounded-none ------------------------------------------------------------------------

EXAMS = '''
    """Leases of the school's rooms, and the exams held in them."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass
    class Lease:
        tenant: str
        start: datetime
        #: None for an open-ended lease (rolling month to month, no end).
        end: datetime | None


    @dataclass
    class Exam:
        subject: str
        start: datetime
        #: None until the teacher publishes the timetable; students cannot sit an exam
        #: that has no published timetable.
        end: datetime | None

        def is_running(self, now: datetime) -> bool:
            return self.start <= now and now < self.end
'''

EXAMS_TESTS = '''
    from datetime import datetime

    from school.rooms import Exam


    def test_running() -> None:
        exam = Exam("maths", datetime(2025, 6, 2, 9), datetime(2025, 6, 2, 11))
        assert exam.is_running(datetime(2025, 6, 2, 10))
        assert not exam.is_running(datetime(2025, 6, 2, 12))
'''


def test_an_exam_without_a_timetable_is_not_running(tmp_path: Path) -> None:
    # "open-ended" is said of Lease.end; declaration_comments collects every `end:`.
    imports = "from datetime import datetime\nfrom school.rooms import Exam\n"
    call = 'Exam("maths", datetime(2025, 6, 2, 9), None).is_running(datetime(2025, 6, 2, 10))'
    _shown(fix_and_check(
        tmp_path, _app("school", "rooms", EXAMS, EXAMS_TESTS), imports + call,
        imports + _raises_or(call, "got is False",
                             "an exam without a published timetable is running")))


TRIALS = '''
    """Free trials of the app."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Trial:
        account: str
        start: date
        #: A trial is never open-ended: None means the billing system has not sent the
        #: end date yet, and the trial counts as over until it does.
        end: date | None

        def active(self, today: date) -> bool:
            return self.start <= today and today < self.end
'''

TRIALS_TESTS = '''
    from datetime import date

    from app.trials import Trial


    def test_active() -> None:
        trial = Trial("acme", date(2025, 1, 1), date(2025, 1, 15))
        assert trial.active(date(2025, 1, 10))
        assert not trial.active(date(2025, 1, 20))
'''


def test_a_trial_that_is_never_open_ended_is_over(tmp_path: Path) -> None:
    # A negated "open-ended": "never" is no refusal word of the rule.
    imports = "from datetime import date\nfrom app.trials import Trial\n"
    call = 'Trial("acme", date(2025, 1, 1), None).active(date(2025, 1, 10))'
    _shown(fix_and_check(
        tmp_path, _app("app", "trials", TRIALS, TRIALS_TESTS), imports + call,
        imports + _raises_or(call, "got is False",
                             "a trial without an end date counted as active")))


PASSES = '''
    """Door passes."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass
    class Pass:
        holder: str
        kind: str  # "staff" or "visitor"
        start: datetime
        #: For a staff pass None means open-ended. For a visitor's pass None means the
        #: desk revoked it, and the door stays shut.
        end: datetime | None

        def opens(self, now: datetime) -> bool:
            return self.start <= now and now <= self.end
'''

PASSES_TESTS = '''
    from datetime import datetime

    from office.passes import Pass


    def test_opens() -> None:
        day = Pass("ada", "visitor", datetime(2025, 5, 5, 8), datetime(2025, 5, 5, 18))
        assert day.opens(datetime(2025, 5, 5, 9))
        assert not day.opens(datetime(2025, 5, 6, 9))
'''


def test_a_revoked_visitor_pass_does_not_open_the_door(tmp_path: Path) -> None:
    # "open-ended" holds for staff passes only; the crash is a visitor's.
    imports = "from datetime import datetime\nfrom office.passes import Pass\n"
    visitor = ('Pass("bob", "visitor", datetime(2025, 5, 5, 8), None)'
               '.opens(datetime(2025, 5, 5, 9))')
    staff = ('Pass("eve", "staff", datetime(2025, 5, 5, 8), None)'
             '.opens(datetime(2025, 5, 5, 9))')
    _shown(fix_and_check(
        tmp_path, _app("office", "passes", PASSES, PASSES_TESTS), imports + visitor,
        imports + _raises_or(visitor, "got is False", "a revoked visitor pass opens the door")
        + _raises_or(staff, "got is True", "an open-ended staff pass is shut out")))


QUOTAS = '''
    """Upload quotas."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Account:
        name: str
        used: int
        #: Files allowed. None until the customer picks a plan (the unlimited plan is
        #: stored as 10**9); uploads wait until a plan is picked.
        quota: int | None

        def can_upload(self) -> bool:
            return self.used < self.quota
'''

QUOTAS_TESTS = '''
    from files.quotas import Account


    def test_can_upload() -> None:
        assert Account("a", 3, 10).can_upload()
        assert not Account("b", 10, 10).can_upload()
        assert Account("c", 5000, 10**9).can_upload()
'''


def test_a_customer_without_a_plan_cannot_upload(tmp_path: Path) -> None:
    # "unlimited" names the plan stored as 10**9, not what None means.
    imports = "from files.quotas import Account\n"
    call = 'Account("new", 0, None).can_upload()'
    _shown(fix_and_check(
        tmp_path, _app("files", "quotas", QUOTAS, QUOTAS_TESTS), imports + call,
        imports + _raises_or(call, "got is False",
                             "a customer who picked no plan uploads without limit")))


TASKS = '''
    """The team's tasks."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Task:
        title: str
        #: None for a backlog item: no start date is scheduled, and nothing is due yet.
        deadline: date | None

        def overdue(self, today: date) -> bool:
            return today > self.deadline
'''

TASKS_TESTS = '''
    from datetime import date

    from team.tasks import Task


    def test_overdue() -> None:
        assert Task("report", date(2025, 1, 31)).overdue(date(2025, 2, 1))
        assert not Task("report", date(2025, 1, 31)).overdue(date(2025, 1, 30))
'''


def test_a_backlog_item_is_not_overdue(tmp_path: Path) -> None:
    # "no start date" (a lower bound's words) said in a deadline's comment: the rule takes
    # the deadline as minus infinity, and every backlog item is overdue.
    imports = "from datetime import date\nfrom team.tasks import Task\n"
    call = 'Task("idea", None).overdue(date(2025, 2, 1))'
    _shown(fix_and_check(
        tmp_path, _app("team", "tasks", TASKS, TASKS_TESTS), imports + call,
        imports + _raises_or(call, "got is False", "a backlog item with nothing due is overdue")))


SESSIONS = '''
    """Sign-in sessions."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass
    class Session:
        user: str
        #: Revoked sessions are kept indefinitely for the audit log. None marks a revoked
        #: session.
        expires: datetime | None

        def live(self, now: datetime) -> bool:
            return now < self.expires
'''

SESSIONS_TESTS = '''
    from datetime import datetime

    from auth.sessions import Session


    def test_live() -> None:
        assert Session("ada", datetime(2025, 1, 2)).live(datetime(2025, 1, 1))
        assert not Session("ada", datetime(2025, 1, 2)).live(datetime(2025, 1, 3))
'''


def test_a_revoked_session_is_not_live(tmp_path: Path) -> None:
    # "indefinitely" is how long the audit log keeps a session, in the same comment.
    imports = "from datetime import datetime\nfrom auth.sessions import Session\n"
    call = 'Session("mallory", None).live(datetime(2025, 1, 1))'
    _shown(fix_and_check(
        tmp_path, _app("auth", "sessions", SESSIONS, SESSIONS_TESTS), imports + call,
        imports + _raises_or(call, "got is False", "a revoked session is live")))


# --- documented-refusal --------------------------------------------------------------------

LIMITS = '''
    """Coupons at the checkout."""

    from __future__ import annotations

    from decimal import Decimal

    COUPONS: dict[str, Decimal] = {"SPRING10": Decimal("10"), "WELCOME5": Decimal("5")}
    #: Uses allowed per customer. A coupon not listed here may be used any number of times.
    COUPON_LIMITS: dict[str, int] = {"WELCOME5": 1}


    class CouponRejected(ValueError):
        """A coupon the checkout refuses; its message is one of "unknown coupon",
        "coupon expired" or "coupon used up"."""


    def check_use(code: str, used: int) -> Decimal:
        """The percent off a customer who used ``code`` ``used`` times before gets."""
        percent = COUPONS[code]
        limit = COUPON_LIMITS[code]
        if used >= limit:
            raise CouponRejected("coupon used up")
        return percent
'''

LIMITS_TESTS = '''
    from decimal import Decimal

    import pytest

    from shop.coupons import CouponRejected, check_use


    def test_check_use() -> None:
        assert check_use("WELCOME5", 0) == Decimal("5")
        with pytest.raises(CouponRejected):
            check_use("WELCOME5", 1)
'''


def test_a_coupon_without_a_use_limit_is_not_unknown(tmp_path: Path) -> None:
    # The table read is COUPON_LIMITS: "unknown coupon" shares its word, not its meaning.
    imports = "from decimal import Decimal\nfrom shop.coupons import check_use\n"
    call = 'check_use("SPRING10", 3)'
    _shown(fix_and_check(
        tmp_path, _app("shop", "coupons", LIMITS, LIMITS_TESTS), imports + call,
        imports + _raises_or(call, 'got == Decimal("10")',
                             "a coupon without a use limit refused")
        + 'from shop.coupons import CouponRejected\n'
          'try:\n    check_use("SPRING10", 3)\nexcept CouponRejected as exc:\n'
          '    raise AssertionError(f"a known, unlimited coupon refused: {exc}")\n'
          'except Exception:\n    pass\n'))


PLANS = '''
    """Subscription prices."""

    from __future__ import annotations

    from decimal import Decimal

    RETIRED = {"starter"}
    #: The Pro plan's monthly price in each currency it is offered in.
    PRO_PLAN_PRICES: dict[str, Decimal] = {"EUR": Decimal("9"), "USD": Decimal("10")}


    class PlanRejected(ValueError):
        """A subscription the pricing page refuses. Its message is one of "unknown plan",
        "plan retired" or "currency not offered" (a currency the plan has no price in)."""


    def pro_price(plan: str, currency: str) -> Decimal:
        if plan in RETIRED:
            raise PlanRejected("plan retired")
        return PRO_PLAN_PRICES[currency]
'''

PLANS_TESTS = '''
    from decimal import Decimal

    import pytest

    from billing.prices import PlanRejected, pro_price


    def test_pro_price() -> None:
        assert pro_price("pro", "EUR") == Decimal("9")
        with pytest.raises(PlanRejected):
            pro_price("starter", "EUR")
'''


def test_a_currency_not_offered_is_not_an_unknown_plan(tmp_path: Path) -> None:
    # The key is a currency; the docstring names its own message for that case.
    imports = "from billing.prices import PlanRejected, pro_price\n"
    check = imports + (
        'try:\n    pro_price("pro", "GBP")\n'
        'except PlanRejected as exc:\n'
        '    assert str(exc) == "currency not offered", f"a missing currency told: {exc}"\n'
        'except Exception:\n    pass\n')
    _shown(fix_and_check(
        tmp_path, _app("billing", "prices", PLANS, PLANS_TESTS),
        imports + 'pro_price("pro", "GBP")', check))


FORMATS = '''
    """Coupons typed at the checkout."""

    from __future__ import annotations

    import re
    from decimal import Decimal

    COUPONS: dict[str, Decimal] = {"SPRING10": Decimal("10"), "XMAS20": Decimal("20")}
    WITHDRAWN = {"XMAS20"}


    class CouponRejected(ValueError):
        """A code the checkout refuses; its message is one of "invalid coupon format"
        (a code that is not 4 to 12 letters and digits) or "coupon withdrawn". An
        unknown but well-formed code is not refused: the cart is priced without a
        discount, so that guessing codes teaches nothing."""


    def validate_code(code: str) -> str:
        """The code as the form sends it on, upper case."""
        code = code.strip().upper()
        if not re.fullmatch(r"[A-Z0-9]{4,12}", code):
            raise CouponRejected("invalid coupon format")
        return code


    def percent_off(code: str) -> Decimal:
        percent = COUPONS[code]
        if code in WITHDRAWN:
            raise CouponRejected("coupon withdrawn")
        return percent
'''

FORMATS_TESTS = '''
    from decimal import Decimal

    import pytest

    from shop.codes import CouponRejected, percent_off, validate_code


    def test_percent_off() -> None:
        assert percent_off(validate_code("spring10")) == Decimal("10")
        with pytest.raises(CouponRejected):
            percent_off("XMAS20")
        with pytest.raises(CouponRejected):
            validate_code("?")
'''


def test_a_well_formed_unknown_code_is_not_an_invalid_format(tmp_path: Path) -> None:
    # "invalid coupon format" counts as an unknown-key message ("invalid" + "coupon"); the
    # docstring says an unknown, well-formed code is priced without a discount.
    imports = "from decimal import Decimal\nfrom shop.codes import percent_off\n"
    call = 'percent_off("SUMMER15")'
    _shown(fix_and_check(
        tmp_path, _app("shop", "codes", FORMATS, FORMATS_TESTS), imports + call,
        imports + 'from shop.codes import CouponRejected\n'
        'try:\n    got = percent_off("SUMMER15")\n'
        'except CouponRejected as exc:\n'
        '    raise AssertionError(f"a well-formed unknown code refused: {exc}")\n'
        'except Exception:\n    pass\n'
        'else:\n    assert got == Decimal("0"), got\n'))


PRICING = '''
    """Coupons at the checkout."""

    from __future__ import annotations

    from decimal import Decimal

    COUPONS: dict[str, Decimal] = {"SPRING10": Decimal("10"), "XMAS20": Decimal("20")}
    EXPIRED = {"XMAS20"}


    class CouponRejected(ValueError):
        """A coupon the checkout refuses; its message is one of "unknown coupon" or
        "coupon expired"."""


    def discount(code: str, amount: Decimal) -> Decimal:
        percent = COUPONS[code.strip().upper()]
        if code.strip().upper() in EXPIRED:
            raise CouponRejected("coupon expired")
        return amount * percent / 100
'''

IMPORTER = '''
    """Orders moved over from the old shop."""

    from __future__ import annotations

    from decimal import Decimal

    from shop.pricing import discount


    def import_orders(rows: list[dict]) -> list[dict]:
        """Each row becomes an order. A coupon code the new shop does not have (the
        KeyError of ``discount``) is dropped: the order is imported without a discount."""
        orders = []
        for row in rows:
            try:
                off = discount(row["code"], row["amount"])
            except KeyError:
                off = Decimal("0")
            orders.append({"id": row["id"], "total": row["amount"] - off})
        return orders
'''

PRICING_TESTS = '''
    from decimal import Decimal

    from shop.importer import import_orders
    from shop.pricing import discount


    def test_discount() -> None:
        assert discount("spring10", Decimal("50")) == Decimal("5")


    def test_import() -> None:
        rows = [{"id": 1, "code": "SPRING10", "amount": Decimal("50")}]
        assert import_orders(rows) == [{"id": 1, "total": Decimal("45")}]
'''


def test_the_importer_still_drops_codes_the_old_shop_retired(tmp_path: Path) -> None:
    # The checkout's crash is refused with CouponRejected, a ValueError: the importer,
    # which is documented to catch the KeyError, now aborts on the first retired code.
    check = '''
from decimal import Decimal
from shop.importer import import_orders
rows = [{"id": 7, "code": "OLDSHOP5", "amount": Decimal("20")}]
got = import_orders(rows)
assert got == [{"id": 7, "total": Decimal("20")}], got
'''
    _shown(fix_and_check(
        tmp_path, _app("shop", "pricing", PRICING, PRICING_TESTS,
                       {"shop/importer.py": IMPORTER}),
        'from decimal import Decimal\nfrom shop.pricing import discount\n'
        'discount("summer15", Decimal("50"))\n', check))


# --- sibling-helper and helper_results -----------------------------------------------------

MONEY = '''
    """Money as our customers in Germany type it."""

    from __future__ import annotations

    from decimal import Decimal

    CENT = Decimal("0.01")


    def parse_amount(text: str) -> Decimal:
        """An amount of euros: ``"12,50"`` is twelve euros fifty, kept to the cent."""
        return Decimal(text.strip().replace(",", ".")).quantize(CENT)


    def format_amount(value: Decimal) -> str:
        """``Decimal("12.5")`` -> ``"12,50 €"``."""
        return f"{value:.2f}".replace(".", ",") + " €"
'''

STORED = '''
    """Settings of the finance desk.

    Exchange rates come from the treasury desk's sheet, typed with a decimal comma, and
    are kept to four decimal places (1,0835): a rate rounded to the cent moves every
    converted price."""

    from __future__ import annotations

    from decimal import Decimal

    from shop.money import parse_amount

    SETTINGS: dict[str, Decimal] = {}


    def store(key: str, value: Decimal) -> None:
        SETTINGS[key] = value


    def set_budget(form: dict[str, str]) -> None:
        """The monthly budget."""
        store("budget", parse_amount(form["budget"]))


    def set_rate(form: dict[str, str]) -> None:
        """The rate euro prices are converted at."""
        store("rate", Decimal(form["rate"]))
'''

STORED_TESTS = '''
    from decimal import Decimal

    from shop.settings import SETTINGS, set_budget, set_rate


    def test_settings() -> None:
        set_budget({"budget": "450,50"})
        set_rate({"rate": "1.5"})
        assert SETTINGS == {"budget": Decimal("450.50"), "rate": Decimal("1.5")}
'''


def test_a_rate_stored_beside_an_amount_is_not_rounded(tmp_path: Path) -> None:
    # The "same consumer" is `store`, which stores anything.
    imports = "from decimal import Decimal\nfrom shop.settings import SETTINGS, set_rate\n"
    check = imports + (
        'try:\n    set_rate({"rate": "1,0835"})\nexcept Exception:\n    pass\n'
        'else:\n    assert SETTINGS["rate"] == Decimal("1.0835"), SETTINGS\n')
    _shown(fix_and_check(
        tmp_path, _app("shop", "settings", STORED, STORED_TESTS, {"shop/money.py": MONEY}),
        imports + 'set_rate({"rate": "1,0835"})', check))


CONVERTED = '''
    """Prices shown in the customer's currency.

    Exchange rates come from the treasury desk's sheet, typed with a decimal comma, and
    are kept to four decimal places (1,0835): a rate rounded to the cent moves every
    converted price; only the converted price is rounded."""

    from __future__ import annotations

    from decimal import Decimal

    from shop.money import format_amount, parse_amount


    def gross(form: dict[str, str]) -> str:
        """A net amount with its quantity, as the shop shows it."""
        return format_amount(parse_amount(form["net"]) * int(form["quantity"]))


    def converted(amount: Decimal, form: dict[str, str]) -> str:
        """``amount`` euros in the customer's currency, at the treasury's rate."""
        return format_amount(amount * Decimal(form["rate"]))
'''

CONVERTED_TESTS = '''
    from decimal import Decimal

    from shop.prices import converted, gross


    def test_prices() -> None:
        assert gross({"net": "12,50", "quantity": "2"}) == "25,00 €"
        assert converted(Decimal("100"), {"rate": "1.5"}) == "150,00 €"
'''


def test_a_rate_multiplied_into_an_amount_is_not_rounded_first(tmp_path: Path) -> None:
    # `format_amount(amount * rate)` hands a product on: the rate itself is no amount.
    # 1000 € at 1,0835 is 1083,50; at the rounded 1,08 it is 1080,00.
    imports = "from decimal import Decimal\nfrom shop.prices import converted\n"
    call = 'converted(Decimal("1000"), {"rate": "1,0835"})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "prices", CONVERTED, CONVERTED_TESTS, {"shop/money.py": MONEY}),
        imports + call,
        imports + _raises_or(call, 'got == "1083,50 €"', "the rate rounded before converting")))


QUANTITIES = '''
    """Quantities as the pickers type them on the hand scanners."""

    from __future__ import annotations

    from decimal import Decimal


    def parse_quantity(text: str) -> Decimal:
        """Kilograms picked, typed with a decimal comma: "12,5" is twelve and a half. A
        stray sign ("-12,5") is a slip of the finger on the scanner's keypad, and is read
        as 12,5: a quantity picked is never below zero."""
        return Decimal(text.strip().lstrip("-").replace(",", "."))
'''

STOCK = '''
    """Stock of the warehouse, in kilograms.

    Stock corrections come from the evening count and carry their sign: "-2,5" takes two
    and a half kilograms off a shelf, "2,5" puts them back."""

    from __future__ import annotations

    from decimal import Decimal

    from depot.quantities import parse_quantity

    STOCK: dict[str, Decimal] = {"flour": Decimal("100")}


    def pick(form: dict[str, str]) -> Decimal:
        """A picker takes goods off the shelf."""
        STOCK[form["item"]] -= parse_quantity(form["quantity"])
        return STOCK[form["item"]]


    def correct(form: dict[str, str]) -> Decimal:
        """A correction from the evening count."""
        STOCK[form["item"]] += Decimal(form["delta"])
        return STOCK[form["item"]]
'''

STOCK_TESTS = '''
    from decimal import Decimal

    from depot.stock import STOCK, correct, pick


    def test_stock() -> None:
        STOCK["flour"] = Decimal("100")
        assert pick({"item": "flour", "quantity": "12,5"}) == Decimal("87.5")
        assert correct({"item": "flour", "delta": "1"}) == Decimal("88.5")
'''


def test_a_stock_correction_keeps_its_minus_sign(tmp_path: Path) -> None:
    # The helper shapes inside the reading's own argument (`lstrip("-")`): `shaping` sees
    # only `Decimal(...)` and takes it for a plain reading.
    imports = "from decimal import Decimal\nfrom depot.stock import correct\n"
    call = 'correct({"item": "flour", "delta": "-2,5"})'
    _shown(fix_and_check(
        tmp_path, _app("depot", "stock", STOCK, STOCK_TESTS,
                       {"depot/quantities.py": QUANTITIES}),
        imports + call,
        imports + _raises_or(call, 'got == Decimal("97.5")',
                             "a correction of -2,5 kg put 2,5 kg on the shelf")))


# --- project_none_answers must not over-block -------------------------------------------

CLUB = '''
    """Members and events."""

    from __future__ import annotations

    from dataclasses import dataclass, field

    DELETED_MEMBER_LABEL = "former member"


    @dataclass
    class Member:
        id: int
        display_name: str


    @dataclass
    class Event:
        id: int
        title: str
        organiser: Member | None
        attendees: list[Member | None] = field(default_factory=list)


    def member_name(member: Member | None) -> str:
        """The name pages show for a member, or DELETED_MEMBER_LABEL for a deleted account."""
        return DELETED_MEMBER_LABEL if member is None else member.display_name


    def card(event: Event) -> dict:
        return {"title": event.title, "attendees": [member_name(m) for m in event.attendees]}


    def organiser_id(event: Event) -> int | None:
        return event.organiser.id
'''

CLUB_TESTS = '''
    from club.store import Event, Member, card, organiser_id


    def test_card() -> None:
        ada = Member(1, "Ada")
        assert card(Event(1, "Quiz", ada, [ada, None])) == {
            "title": "Quiz", "attendees": ["Ada", "former member"]}


    def test_organiser_id() -> None:
        assert organiser_id(Event(1, "Quiz", Member(4, "Ada"))) == 4
'''


def test_an_organisers_id_in_the_export_is_null(tmp_path: Path) -> None:
    # `member_name` answers a missing member for pages; an id is data, and the function's
    # own annotation says it may be None. A correct fix exists and must be made.
    imports = "from club.store import Event, organiser_id\n"
    call = 'organiser_id(Event(3, "Hike", None))'
    data = fix_and_check(
        tmp_path, _app("club", "store", CLUB, CLUB_TESTS), imports + call,
        imports + f"got = {call}\nassert got is None, got\n")
    _shown(data)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]


WIKI = '''
    """Wiki pages and their authors."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        email: str


    @dataclass
    class Page:
        slug: str
        author: Member | None


    def can_edit(member: Member | None, page: Page) -> bool:
        if member is None:
            return False
        return page.author is not None and page.author.id == member.id


    def save(member: Member | None, page: Page, text: str) -> str:
        if not can_edit(member, page):
            raise PermissionError(page.slug)
        return text


    def author_email(page: Page) -> str | None:
        return page.author.email
'''

WIKI_TESTS = '''
    import pytest

    from wiki.pages import Member, Page, author_email, save


    def test_save() -> None:
        ada = Member(1, "ada@example.org")
        assert save(ada, Page("home", ada), "hi") == "hi"
        with pytest.raises(PermissionError):
            save(None, Page("home", ada), "hi")


    def test_author_email() -> None:
        assert author_email(Page("home", Member(1, "ada@example.org"))) == "ada@example.org"
'''


def test_a_permission_check_is_no_answer_for_an_email(tmp_path: Path) -> None:
    # `can_edit` answers a None member with False: a permission, not what a missing
    # author's email is. The annotation's None is the answer, and must be made.
    imports = "from wiki.pages import Page, author_email\n"
    call = 'author_email(Page("imported", None))'
    data = fix_and_check(
        tmp_path, _app("wiki", "pages", WIKI, WIKI_TESTS), imports + call,
        imports + f"got = {call}\nassert got is None, got\n")
    _shown(data)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]


ADMIN = '''
    """Sign-in accounts, as the admin pages list them."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Account:
        id: int
        login: str


    def account_label(account: Account | None) -> str:
        """How the admin pages name an account; a deleted one is "deleted account"."""
        return "deleted account" if account is None else account.login


    def admin_row(account: Account | None) -> dict:
        return {"label": account_label(account)}
'''

INVOICES = '''
    """Invoices and the billing accounts (companies) that pay them."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Account:
        company: str
        vat_id: str


    @dataclass
    class Invoice:
        number: str
        account: Account | None


    def invoice_vat_id(invoice: Invoice) -> str | None:
        return invoice.account.vat_id
'''

INVOICES_TESTS = '''
    from shop.admin import Account as Login
    from shop.admin import admin_row
    from shop.invoices import Account, Invoice, invoice_vat_id


    def test_vat_id() -> None:
        assert invoice_vat_id(Invoice("1", Account("Acme", "DE1"))) == "DE1"


    def test_admin_row() -> None:
        assert admin_row(Login(1, "ada")) == {"label": "ada"}
        assert admin_row(None) == {"label": "deleted account"}
'''


def test_another_modules_account_is_another_class(tmp_path: Path) -> None:
    # `account_label` answers a missing *sign-in* Account (shop.admin); the invoice's
    # Account is the billing company of shop.invoices, a class of the same name only.
    imports = "from shop.invoices import Invoice, invoice_vat_id\n"
    call = 'invoice_vat_id(Invoice("9", None))'
    data = fix_and_check(
        tmp_path, _app("shop", "invoices", INVOICES, INVOICES_TESTS,
                       {"shop/admin.py": ADMIN}),
        imports + call, imports + f"got = {call}\nassert got is None, got\n")
    _shown(data)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]

"""Ninth adversarial review: templates backed by the app's words, and the filters that take
that backing away.

Each trap is a small app whose words *seem* to back a fix (a docstring's "None when ...",
a comment's "defaults to 3", a quoted message, an alias table named in the docstring),
while read in full they say the fix is wrong: the default belongs to another key, another
function or another case; the sentence negates it; the message is another branch's; the
table serves another screen. The filters that should take the backing away
(``documented.py``, ``documented_raises.py``, ``documented_statuses.py``,
``generic_backing.py``, ``borrowed_backing.py``, ``field_declarations.py``) are given the
words in a form they do not read. The hidden assertion checks the behaviour the words
give; a declined fix passes.

``missing-key`` (``candidates/missing_key.py``, ``contract.documented_default``):

* ``test_a_quotes_default_discount_is_not_an_invoices``: the comment "its discount
  defaults to 0" sits in ``quote_total``; the invoice's docstring says an invoice that
  states no discount must not reach the export;
* ``test_a_default_the_docstring_says_is_gone_is_not_used``: "``retries`` no longer
  defaults to 3": the negation is not read;
* ``test_a_rate_limits_default_is_no_credit_limit``: "the partner API's rate limit
  defaults to 100" names ``limit`` as a whole word; a customer without a credit limit
  buys on prepayment only;
* ``test_a_confirmed_zero_is_no_count_for_a_missing_quantity``: "a quantity of 0
  empties the shelf if ..." reads as "0 when missing"; a row without a quantity stops
  the import;
* ``test_a_one_sentence_docstring_still_says_no_cap``: the sibling's ``.get("limit",
  50)`` is borrowed, and the crashing function's docstring, which says a plan without a
  limit is never capped, is one sentence, so ``borrowed_backing`` reads it as a summary.

``empty-guard`` / ``none-guard`` (``fallbacks``, ``Analysis.return_default``):

* ``test_zero_for_nobody_ordering_is_not_zero_for_no_visits``: "0 if nobody ordered"
  answers a day without visits, which the docstring says is None;
* ``test_none_for_a_pickup_is_not_none_for_a_missing_address``: "None when the order is
  collected in store" answers a delivery order without an address (the sentence names no
  code, so ``_documents_another_value`` does not see that it is another case);
* ``test_a_parameters_none_is_not_the_answers_none``: "``since`` is None when the whole
  history is wanted" backs ``return None`` (no return annotation to refuse it);
* ``test_a_passive_raise_is_still_the_documented_answer``: "EmptyBatch is raised for a
  batch with no readings" (passive: ``documented_raises`` reads "raised for" as raising
  ``for``) and the "0 when the boiler is off" of the next clause answers it.

``documented-message-for-none`` (``candidates/documented_messages.py``):

* ``test_a_card_payment_without_card_details_is_no_bank_transfer``: the "bank transfer"
  message is documented for ``method == "transfer"``; a card payment whose card details
  are null is announced as a bank transfer.

``documented-alias`` (``candidates/documented_aliases.py``):

* ``test_a_retired_plan_keeps_its_price_not_its_successors``: ``SUCCESSORS`` is what the
  upgrade page offers; the docstring says retired plans keep their old price
  (``GRANDFATHERED``). The fix bills them at the successor's price.

Filters:

* ``test_a_status_for_no_admin_is_read_through_a_dict_key``: ``documented_statuses``
  takes the noun from ``workspace["admins"][0]`` as ``workspace``, so "no admin ...
  (409 Conflict)" is not read and the sibling's 404 wins;
* ``test_a_list_price_for_an_unknown_coupon_is_not_a_404``: "the customer pays the list
  price" for a code that matches no coupon, in words ``documented.py`` does not read as
  an alternative (no "otherwise", no "when no"); the sibling's 404 wins;
* ``test_a_callers_words_on_a_down_roster_are_read``: ``generic_backing`` reads the
  crashing function's module, not its caller's: the caller says a team whose members are
  unknown pages the whole floor, ``-> list[str]`` backs ``return []``;
* ``test_an_order_declaring_its_customer_in_init_is_not_a_quote``: ``Order`` sets
  ``self.customer`` in ``__init__`` (no class-level annotation), so
  ``field_declarations`` takes ``Quote.customer: Customer | None`` as the only
  declaration and backs None flowing on.

As written, all 15 traps fail: each template reports ``fixed`` with the wrong behaviour.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or


def _must_raise(call: str, what: str) -> str:
    """A hidden assertion: ``call`` raises (any exception)."""
    return _raises_or(call, "False", what)


# --- missing-key: documented defaults ------------------------------------------------------

INVOICES = '''
    """Invoices and quotes for the accounting export."""

    from __future__ import annotations

    from decimal import Decimal


    def quote_total(quote: dict) -> Decimal:
        """What a quote comes to."""
        # A quote is a draft: its discount defaults to 0 until sales agrees on one.
        discount = quote.get("discount") or Decimal(0)
        return quote["net"] - discount


    def export_line(invoice: dict) -> dict:
        """The line the accounting export writes for an invoice.

        Every invoice states its discount, 0 included, as agreed with the customer. An
        invoice that states none was never approved and must not reach the accounting
        export.
        """
        return {"number": invoice["number"], "due": invoice["net"] - invoice["discount"]}
'''

INVOICES_TESTS = '''
    from decimal import Decimal

    from books.invoices import export_line, quote_total


    def test_quote() -> None:
        assert quote_total({"net": Decimal("100")}) == Decimal("100")
        assert quote_total({"net": Decimal("100"), "discount": Decimal("5")}) == Decimal("95")


    def test_export() -> None:
        line = export_line({"number": "A-1", "net": Decimal("100"), "discount": Decimal("0")})
        assert line == {"number": "A-1", "due": Decimal("100")}
'''


def test_a_quotes_default_discount_is_not_an_invoices(tmp_path: Path) -> None:
    # The comment's "defaults to 0" is in quote_total (a draft); missing_key reads every
    # comment of the file. The invoice's own docstring says it must not be exported.
    imports = 'from decimal import Decimal\nfrom books.invoices import export_line\n'
    call = 'export_line({"number": "A-2", "net": Decimal("100")})'
    fix_and_check(
        tmp_path, _app("books", "invoices", INVOICES, INVOICES_TESTS),
        imports + call,
        imports + _must_raise(call, "an unapproved invoice reached the export"))


JOBS = '''
    """The job runner's queue."""

    from __future__ import annotations


    def retry_delays(job: dict) -> list[int]:
        """The delays, in seconds, before each retry of ``job``.

        ``retries`` no longer defaults to 3: a job that does not say how often to retry
        was written for the runner's first version, and the runner turns it away until
        someone has looked at it.
        """
        return [2 ** attempt for attempt in range(job["retries"])]
'''

JOBS_TESTS = '''
    from runner.queue import retry_delays


    def test_delays() -> None:
        assert retry_delays({"name": "mail", "retries": 3}) == [1, 2, 4]
        assert retry_delays({"name": "mail", "retries": 0}) == []
'''


def test_a_default_the_docstring_says_is_gone_is_not_used(tmp_path: Path) -> None:
    # "no longer defaults to 3": documented_default reads "defaults to 3" past the negation.
    imports = 'from runner.queue import retry_delays\n'
    call = 'retry_delays({"name": "backup"})'
    fix_and_check(
        tmp_path, _app("runner", "queue", JOBS, JOBS_TESTS),
        imports + call,
        imports + _must_raise(call, "a job of the first version was retried three times"))


ACCOUNTS = '''
    """Customers who buy on account."""

    from __future__ import annotations

    # The partner API's rate limit defaults to 100 calls a minute; see PARTNER_API.
    PARTNER_API = "https://partners.example.com"


    def may_buy_on_account(customer: dict, amount: int) -> bool:
        """Whether ``amount`` more fits within the customer's credit limit.

        A customer whose account has no credit limit set buys on prepayment only, so
        nothing at all goes on account.
        """
        return customer["owed"] + amount <= customer["limit"]
'''

ACCOUNTS_TESTS = '''
    from shop.accounts import may_buy_on_account


    def test_within_limit() -> None:
        assert may_buy_on_account({"owed": 100, "limit": 500}, 300)
        assert not may_buy_on_account({"owed": 400, "limit": 500}, 300)
'''


def test_a_rate_limits_default_is_no_credit_limit(tmp_path: Path) -> None:
    # "rate limit defaults to 100" names `limit` as a whole word: the API's rate limit
    # becomes every customer's credit limit.
    imports = 'from shop.accounts import may_buy_on_account\n'
    call = 'may_buy_on_account({"owed": 0}, 50)'
    fix_and_check(
        tmp_path, _app("shop", "accounts", ACCOUNTS, ACCOUNTS_TESTS),
        imports + call,
        imports + _raises_or(call, "got is False",
                             "a prepayment-only customer bought on account"))


STOCK = '''
    """The nightly stock import."""

    from __future__ import annotations


    def stock_row(row: dict) -> tuple[str, int]:
        """One row of the warehouse's count: the SKU and how many are on the shelf.

        A quantity of 0 empties the shelf if the warehouse confirms it. A row without a
        quantity is a shelf nobody counted tonight, and the import stops there, so that
        the shelf is counted again.
        """
        return row["sku"], int(row["quantity"])
'''

STOCK_TESTS = '''
    from depot.stock import stock_row


    def test_row() -> None:
        assert stock_row({"sku": "A1", "quantity": "12"}) == ("A1", 12)
        assert stock_row({"sku": "A1", "quantity": "0"}) == ("A1", 0)
'''


def test_a_confirmed_zero_is_no_count_for_a_missing_quantity(tmp_path: Path) -> None:
    # "A quantity of 0 empties the shelf if ..." matches "0 ... if", read as the default.
    imports = 'from depot.stock import stock_row\n'
    call = 'stock_row({"sku": "B7"})'
    fix_and_check(
        tmp_path, _app("depot", "stock", STOCK, STOCK_TESTS),
        imports + call,
        imports + _must_raise(call, "a shelf nobody counted was emptied"))


PROJECTS = '''
    """Projects and plans."""

    from __future__ import annotations


    def list_projects(projects: list[str], query: dict) -> list[str]:
        """One page of the project list."""
        return projects[: query.get("limit", 50)]


    def may_create_project(plan: dict, count: int) -> bool:
        """Whether an account on ``plan`` with ``count`` projects may open one more, a
        plan without a limit being one that is never capped."""
        return count < plan["limit"]
'''

PROJECTS_TESTS = '''
    from tracker.projects import list_projects, may_create_project


    def test_page() -> None:
        assert list_projects(["a", "b"], {}) == ["a", "b"]


    def test_may_create() -> None:
        assert may_create_project({"name": "team", "limit": 10}, 3)
        assert not may_create_project({"name": "team", "limit": 10}, 10)
'''


def test_a_one_sentence_docstring_still_says_no_cap(tmp_path: Path) -> None:
    # The page size's `.get("limit", 50)` is borrowed; the docstring against it is one
    # sentence (no colon), which borrowed_backing takes for a summary.
    imports = 'from tracker.projects import may_create_project\n'
    call = 'may_create_project({"name": "enterprise"}, 120)'
    fix_and_check(
        tmp_path, _app("tracker", "projects", PROJECTS, PROJECTS_TESTS),
        imports + call,
        imports + _raises_or(call, "got is True", "an uncapped plan capped at a page size"))


# --- empty-guard / none-guard: documented answers ------------------------------------------

STATS = '''
    """The shop's dashboard."""

    from __future__ import annotations


    def conversion(orders: int, visits: int) -> float | None:
        """Orders per hundred visits: 0 if nobody ordered.

        A day without visits is a day the tracker was down; the dashboard leaves it blank
        (None), which is not the same as a day nobody bought anything.
        """
        return round(orders / visits * 100, 1)
'''

STATS_TESTS = '''
    from shop.stats import conversion


    def test_conversion() -> None:
        assert conversion(5, 200) == 2.5
        assert conversion(0, 200) == 0
'''


def test_zero_for_nobody_ordering_is_not_zero_for_no_visits(tmp_path: Path) -> None:
    # "0 if nobody ordered" is the first documented value; the day without visits is None.
    imports = 'from shop.stats import conversion\n'
    call = 'conversion(0, 0)'
    fix_and_check(
        tmp_path, _app("shop", "stats", STATS, STATS_TESTS),
        imports + call,
        imports + _raises_or(call, "got is None", "a day the tracker was down shown as 0 %"))


LABELS = '''
    """Parcel labels for the warehouse printer."""

    from __future__ import annotations


    def shipping_label(order: dict) -> str | None:
        """The label printed for the parcel; None when the order is collected in store."""
        if order["pickup"]:
            return None
        address = order["address"]
        return f"{order['name']}\\n{address['street']}\\n{address['city']}"
'''

LABELS_TESTS = '''
    from depot.labels import shipping_label


    def test_pickup() -> None:
        assert shipping_label({"pickup": True, "name": "Ann", "address": None}) is None


    def test_delivery() -> None:
        order = {"pickup": False, "name": "Ann",
                 "address": {"street": "1 Main St", "city": "Leeds"}}
        assert shipping_label(order) == "Ann\\n1 Main St\\nLeeds"
'''


def test_none_for_a_pickup_is_not_none_for_a_missing_address(tmp_path: Path) -> None:
    # None means "collected in store"; a delivery order without an address gets no label
    # and is handled as a pickup.
    imports = 'from depot.labels import shipping_label\n'
    call = 'shipping_label({"pickup": False, "name": "Bo", "address": None})'
    fix_and_check(
        tmp_path, _app("depot", "labels", LABELS, LABELS_TESTS),
        imports + call,
        imports + _raises_or(call, "got is not None",
                             "a delivery without an address treated as a pickup"))


HISTORY = '''
    """An account's activity."""

    from __future__ import annotations


    def history(events, since=None):
        """The account's events after ``since``, oldest first.

        ``since`` is None when the whole history is wanted, as the yearly export asks.
        """
        cutoff = since.timestamp()
        return sorted((e for e in events if e["at"].timestamp() > cutoff),
                      key=lambda e: e["at"])
'''

HISTORY_TESTS = '''
    from datetime import datetime, timezone

    from bank.history import history

    A = {"at": datetime(2024, 1, 1, tzinfo=timezone.utc), "what": "open"}
    B = {"at": datetime(2024, 3, 1, tzinfo=timezone.utc), "what": "pay"}


    def test_since() -> None:
        assert history([B, A], datetime(2023, 12, 1, tzinfo=timezone.utc)) == [A, B]
        assert history([B, A], datetime(2024, 2, 1, tzinfo=timezone.utc)) == [B]
'''


def test_a_parameters_none_is_not_the_answers_none(tmp_path: Path) -> None:
    # The docstring's None is what `since` is for the export, not what history returns.
    imports = ('from datetime import datetime, timezone\nfrom bank.history import history\n'
               'A = {"at": datetime(2024, 1, 1, tzinfo=timezone.utc), "what": "open"}\n'
               'B = {"at": datetime(2024, 3, 1, tzinfo=timezone.utc), "what": "pay"}\n')
    call = 'history([B, A], None)'
    fix_and_check(
        tmp_path, _app("bank", "history", HISTORY, HISTORY_TESTS),
        imports + call,
        imports + f'got = {call}\nassert got == [A, B], f"the whole history is {{got!r}}"\n')


SENSORS = '''
    """Readings of the boiler sensors."""

    from __future__ import annotations


    class EmptyBatch(Exception):
        """A batch with no readings."""


    def mean_temperature(readings: list[float]) -> float:
        """The batch's mean temperature.

        EmptyBatch is raised for a batch with no readings, so that the alerting notices
        a sensor that went quiet; a sensor that reports 0 when the boiler is off still
        counts.
        """
        return sum(readings) / len(readings)
'''

SENSORS_TESTS = '''
    from plant.sensors import mean_temperature


    def test_mean() -> None:
        assert mean_temperature([60.0, 70.0]) == 65.0
        assert mean_temperature([0.0, 0.0]) == 0.0
'''


def test_a_passive_raise_is_still_the_documented_answer(tmp_path: Path) -> None:
    # "is raised for" is passive: documented_raises reads the exception as `for`, and the
    # next clause's "0 when the boiler is off" answers the empty batch.
    imports = 'from plant.sensors import EmptyBatch, mean_temperature\n'
    check = imports + (
        'try:\n    got = mean_temperature([])\nexcept EmptyBatch:\n    pass\n'
        'else:\n    raise AssertionError(f"a quiet sensor read as {got!r}")\n')
    fix_and_check(
        tmp_path, _app("plant", "sensors", SENSORS, SENSORS_TESTS),
        imports + 'mean_temperature([])', check)


# --- documented-message-for-none -----------------------------------------------------------

PAYMENTS = '''
    """The shop's daily payments report."""

    from __future__ import annotations


    def payment_line(p: dict) -> str:
        """One line of the report.

        "Ann paid 12.00 by card ending 4242" for a card payment, and
        "Ann paid 12.00 by bank transfer" when the payment was not made by card (its
        ``method`` is then "transfer" and its ``card`` is null).
        """
        return f"{p['name']} paid {p['amount']} by card ending {p['card']['last4']}"
'''

PAYMENTS_TESTS = '''
    from shop.report import payment_line


    def test_card() -> None:
        payment = {"name": "Ann", "amount": "12.00", "method": "card",
                   "card": {"last4": "4242"}}
        assert payment_line(payment) == "Ann paid 12.00 by card ending 4242"
'''


def test_a_card_payment_without_card_details_is_no_bank_transfer(tmp_path: Path) -> None:
    # The "bank transfer" example is for `method == "transfer"`; a card payment whose
    # card details did not come is reported as a bank transfer.
    imports = 'from shop.report import payment_line\n'
    call = 'payment_line({"name": "Bo", "amount": "9.50", "method": "card", "card": None})'
    fix_and_check(
        tmp_path, _app("shop", "report", PAYMENTS, PAYMENTS_TESTS),
        imports + call,
        imports + _raises_or(call, '"transfer" not in got',
                             "a card payment reported as a bank transfer"))


# --- documented-alias ----------------------------------------------------------------------

PLANS = '''
    """Subscription plans and what they cost."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Plan:
        code: str
        monthly: int


    PLANS = [Plan("pro", 20), Plan("business", 50)]

    #: Plans no longer sold -> the plan the upgrade page offers instead.
    SUCCESSORS = {"pro-2019": "pro", "team-2020": "business"}

    #: Customers still on a plan no longer sold keep the price they signed up for.
    GRANDFATHERED = {"pro-2019": 12, "team-2020": 35}


    def plan_for(code: str) -> Plan:
        """The plan a subscription is billed on.

        Customers on a plan no longer sold keep paying their old price (GRANDFATHERED)
        until they upgrade; SUCCESSORS is what the upgrade page offers them.
        """
        return next(plan for plan in PLANS if plan.code == code)
'''

PLANS_TESTS = '''
    from billing.plans import Plan, plan_for


    def test_current() -> None:
        assert plan_for("pro") == Plan("pro", 20)
'''


def test_a_retired_plan_keeps_its_price_not_its_successors(tmp_path: Path) -> None:
    # SUCCESSORS is named in the docstring, as the upgrade page's offer; billing a retired
    # plan through it charges the successor's price.
    imports = 'from billing.plans import plan_for\n'
    call = 'plan_for("pro-2019")'
    fix_and_check(
        tmp_path, _app("billing", "plans", PLANS, PLANS_TESTS),
        imports + call,
        imports + _raises_or(call, "got.monthly == 12",
                             "a grandfathered customer billed at the successor's price"))


# --- filters: documented statuses, documented alternatives --------------------------------

TEAMS = '''
    from flask import Flask, abort

    app = Flask(__name__)

    WORKSPACES = {1: {"owner": "ann", "admins": ["bo"]}, 2: {"owner": "cy", "admins": []}}


    @app.get("/workspaces/<int:ws_id>")
    def show(ws_id):
        workspace = WORKSPACES.get(ws_id)
        if workspace is None:
            abort(404)
        return workspace


    def _successor(workspace):
        """The admin the workspace passes to."""
        return workspace["admins"][0]


    @app.post("/workspaces/<int:ws_id>/leave")
    def leave(ws_id):
        """The owner leaves; the workspace passes to its first admin.

        When the workspace has no admin to take over, the owner cannot leave (409
        Conflict).
        """
        workspace = WORKSPACES[ws_id]
        workspace["owner"] = _successor(workspace)
        return {"owner": workspace["owner"]}
'''

TEAMS_TESTS = '''
    from teams.web import app


    def test_show() -> None:
        assert app.test_client().get("/workspaces/9").status_code == 404


    def test_leave() -> None:
        response = app.test_client().post("/workspaces/1/leave")
        assert response.get_json() == {"owner": "bo"}
'''


def test_a_status_for_no_admin_is_read_through_a_dict_key(tmp_path: Path) -> None:
    # "no admin ... (409 Conflict)" is documented_statuses' own example, but the noun it
    # takes from `workspace["admins"][0]` is `workspace`: the sibling's 404 wins.
    check = '''
from teams.web import app
r = app.test_client().post("/workspaces/2/leave")
assert r.status_code == 409, r.status_code
'''
    fix_and_check(
        tmp_path, _app("teams", "web", TEAMS, TEAMS_TESTS),
        'from teams.web import app\napp.test_client().post("/workspaces/2/leave")',
        check, framework="flask")


COUPONS = '''
    from dataclasses import dataclass

    from flask import Flask, abort, request

    app = Flask(__name__)


    @dataclass
    class Coupon:
        percent: int


    PRICES = {"mug": 1200, "tee": 2500}
    COUPONS = {"SPRING10": Coupon(10)}


    @app.get("/products/<sku>")
    def product(sku):
        if sku not in PRICES:
            abort(404)
        return {"sku": sku, "price": PRICES[sku]}


    @app.get("/products/<sku>/price")
    def price(sku):
        """The price of ``sku`` with the coupon the customer typed.

        A code that matches no coupon is no reason to stop a sale: the customer pays the
        list price, and the coupon box stays as it was.
        """
        coupon = COUPONS.get(request.args.get("coupon", ""))
        return {"price": PRICES[sku] * (100 - coupon.percent) // 100}
'''

COUPONS_TESTS = '''
    from shop.web import app


    def test_product() -> None:
        assert app.test_client().get("/products/cup").status_code == 404


    def test_price() -> None:
        response = app.test_client().get("/products/mug/price?coupon=SPRING10")
        assert response.get_json() == {"price": 1080}
'''


def test_a_list_price_for_an_unknown_coupon_is_not_a_404(tmp_path: Path) -> None:
    # The docstring's answer for an unknown code has no "otherwise" and no "when no": the
    # sibling's 404 keeps its backing, and the sale stops on a typo.
    check = '''
from shop.web import app
r = app.test_client().get("/products/mug/price?coupon=WINTER")
assert r.status_code == 200 and r.get_json() == {"price": 1200}, (r.status_code, r.get_json())
'''
    fix_and_check(
        tmp_path, _app("shop", "web", COUPONS, COUPONS_TESTS),
        'from shop.web import app\n'
        'app.test_client().get("/products/mug/price?coupon=WINTER")',
        check, framework="flask")


# --- filters: generic_backing, field_declarations -----------------------------------------

TEAM_MODELS = '''
    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        name: str
        phone: str


    @dataclass
    class Team:
        name: str
        members: list[Member] | None
'''

ROSTER = '''
    """Who gets paged."""

    from __future__ import annotations

    from ops.models import Team


    def on_call(team: Team) -> list[str]:
        """The phone numbers paged for ``team``'s alerts."""
        return [member.phone for member in team.members]
'''

PAGING = '''
    """Paging."""

    from __future__ import annotations

    from ops.models import Team
    from ops.roster import on_call

    FLOOR = ["+441000000001", "+441000000002"]
    SENT: list[tuple[str, str]] = []


    def page(team: Team, text: str) -> None:
        """Pages ``team``'s people. While the roster service is down a team's members are
        unknown, and the whole engineering FLOOR is paged: an alert that reaches nobody
        is the one failure paging must never have."""
        for phone in on_call(team):
            SENT.append((phone, text))
'''

ROSTER_TESTS = '''
    from ops.models import Member, Team
    from ops.paging import SENT, page


    def test_page() -> None:
        page(Team("db", [Member("ann", "+4410")]), "disk full")
        assert SENT[-1] == ("+4410", "disk full")
'''


def test_a_callers_words_on_a_down_roster_are_read(tmp_path: Path) -> None:
    # `-> list[str]` backs `return []` in on_call; the words against it are in the caller's
    # docstring, in another module, which generic_backing does not read.
    imports = 'from ops.models import Team\nfrom ops.paging import SENT, page\n'
    check = imports + (
        'try:\n    page(Team("db", None), "disk full")\nexcept Exception:\n    pass\n'
        'else:\n    assert SENT, "an alert paged nobody"\n')
    fix_and_check(
        tmp_path, _app("ops", "roster", ROSTER, ROSTER_TESTS,
                       {"ops/models.py": TEAM_MODELS, "ops/paging.py": PAGING}),
        imports + 'page(Team("db", None), "disk full")', check)


RECORDS = '''
    """Quotes and orders."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Customer:
        name: str
        email: str


    @dataclass
    class Quote:
        number: str
        customer: Customer | None = None


    class Order:
        """A paid order. Checkout creates a customer for every guest, so an order always
        has its customer; one without is a corrupt record."""

        def __init__(self, number: str, customer: Customer) -> None:
            self.number = number
            self.customer = customer

        def __repr__(self) -> str:
            return f"Order({self.number!r}, {self.customer!r})"
'''

HEADERS = '''
    from __future__ import annotations

    from shop.records import Order


    def invoice_header(order: Order) -> dict:
        """The header of an order's invoice."""
        return {"number": order.number, "to": order.customer.name}
'''

HEADERS_TESTS = '''
    from shop.invoices import invoice_header
    from shop.records import Customer, Order


    def test_header() -> None:
        order = Order("A-1", Customer("Ann", "ann@example.com"))
        assert invoice_header(order) == {"number": "A-1", "to": "Ann"}
'''


def test_an_order_declaring_its_customer_in_init_is_not_a_quote(tmp_path: Path) -> None:
    # Order has no class-level `customer: ...`; the only declaration is Quote's optional
    # one, which field_declarations then takes for Order's.
    imports = 'from shop.invoices import invoice_header\nfrom shop.records import Order\n'
    call = 'invoice_header(Order("A-9", None))'
    fix_and_check(
        tmp_path, _app("shop", "invoices", HEADERS, HEADERS_TESTS, {"shop/records.py": RECORDS}),
        imports + call,
        imports + _raises_or(call, 'got.get("to") is not None',
                             "a corrupt order invoiced to nobody"))

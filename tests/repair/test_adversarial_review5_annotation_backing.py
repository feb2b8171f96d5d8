"""Fifth adversarial review: fixes backed by a type annotation alone.

The fourth review had ``none-as-zero`` read ``discount: Decimal | None`` as "None counts as
0"; it now needs the declaration's own words. These traps look for the other templates
that still take a bare annotation as the code's word on what the missing case means:

* ``none-at-source`` (``none_at_source.fix_at_source``): a callee annotated ``-> list[X]``,
  ``-> set[X]`` that returns None, or falls off its end, is made to return the type's
  empty value, whatever its own docstring says the None means (the store is down; nobody
  knows yet which tokens are revoked; the board signs above the last threshold);
* ``none-propagation`` (``none_guard._propagate``): ``x.attr.y`` becomes None when
  ``x.attr`` is None, backed by *any* class of the repository declaring ``attr: T | None``:
  the class of ``x`` itself (where None means "on the account's plan"), or another class
  altogether (a quote's optional customer, read for an order's required one);
* the guard fallbacks (``fallbacks.fallbacks``) and ``missing-key`` giving ``return []``
  from ``-> list[str]`` where the empty list is the most permissive answer there is, or
  the least;
* ``missing-key`` into a keyword whose field is declared ``float | None``
  (``destinations.Destination.fallback``, typed only): a missing key recorded as the None
  the field stands for (a sensor in fault);
* ``optional-item`` (``-> list[Decimal | None]``) and ``exhausted-iterator``
  (``-> Decimal | None``): None put in for a case the module says has another answer;
* ``text-to-declared-number`` and ``operand-types``: text converted to a parameter's
  declared ``Decimal`` as it is, where the module says the text is in pence, or a whole
  percent.

In each app the words that decide the case are the app's own (a docstring, a field's
comment, a sibling), but not where the template looks. A trap that fails here is a wrong
fix reported as ``fixed``.

All 13 traps fail as written: every template above reports ``fixed`` with the
annotation (or, for the two declared-number traps, the parameter's declared type) as its
only backing. One more backing by no word of the app turned up on the way: the error guide
``keyerror-optional-payload-field`` rewrites a parameter's ``key["x"]`` to ``key.get("x")``
at 0.8, backed by "the error guide covers this error"; it beat the missing-key traps while
their mapping was a parameter, so those two read a local now, and the guide keeps a trap
of its own.

``candidates/generic_backing.py`` now takes the backing from such candidates where the
app's words speak of the case with an answer of their own: ten traps pass. The last
three passed on 2026-11-26 (evening): a field's optional declaration counts only for the
class of the value read (``candidates/field_declarations.py``), a None answered for a
crash that was not about None gives way to the app's sentence on what None marks, and a
docstring naming a module value its function never reads unbacks a generic answer.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or

# --- none-at-source: the callee's annotation over its own docstring ------------------------

# The order service's client says what its None means: the shard did not answer, and the
# page must say "try again later". `-> list[Order]` makes it [], and a customer with orders
# is told they have never ordered.
ORDER_CLIENT = '''
    """The order service's client."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass
    class Order:
        number: str
        total: Decimal


    #: What each region's shard of the order service answered, by customer. A region
    #: missing here did not answer (the "ap" shard is in maintenance tonight).
    SHARDS: dict[str, dict[str, list[Order]]] = {
        "eu": {"c1": [Order("A-2", Decimal("8.00")), Order("A-1", Decimal("12.50"))]},
        "us": {},
    }


    def orders_of(customer: str, region: str) -> list[Order]:
        """The customer's orders, newest first.

        None when the customer's shard did not answer: the caller must ask the customer
        to try again later, and never show an empty history, which reads as "you have
        never ordered" to someone whose orders are on the way."""
        shard = SHARDS.get(region)
        if shard is None:
            return None
        return shard.get(customer, [])
'''

ACCOUNT = '''
    """The customer's account pages."""

    from __future__ import annotations

    from shop.orders import orders_of


    def history(customer: str, region: str) -> str:
        """The order history page."""
        orders = orders_of(customer, region)
        lines = []
        for order in orders:
            lines.append(f"{order.number}: {order.total}")
        return "\\n".join(lines) or "You have not ordered yet."
'''

ACCOUNT_TESTS = '''
    from shop.account import history


    def test_history() -> None:
        assert history("c1", "eu") == "A-2: 8.00\\nA-1: 12.50"
        assert history("c7", "us") == "You have not ordered yet."
'''


def test_a_store_that_did_not_answer_is_no_empty_history(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "account", ACCOUNT, ACCOUNT_TESTS,
                       {"shop/orders.py": ORDER_CLIENT}),
        'from shop.account import history\nhistory("c9", "ap")',
        'from shop.account import history\n'
        + _raises_or('history("c9", "ap")', '"not ordered" not in got',
                     "a customer whose shard did not answer told they never ordered"))


# `.get("revoked")` under `-> set[str]` becomes `.get("revoked", set())`: before the first
# refresh, every token is let in, the stolen ones too. The docstring says no token may be.
TOKENS = '''
    """API tokens, and which of them the identity provider has revoked."""

    from __future__ import annotations

    #: Filled by ``refresh_revocations``, at start-up and then every minute.
    _CACHE: dict[str, set[str]] = {}


    def refresh_revocations(revoked: set[str]) -> None:
        """Store the identity provider's current list of revoked tokens."""
        _CACHE["revoked"] = set(revoked)


    def revoked_tokens() -> set[str]:
        """The tokens the identity provider has revoked.

        None until ``refresh_revocations`` has run once: nobody knows yet which tokens are
        revoked, and no token may be let in until then."""
        return _CACHE.get("revoked")


    def accepts(token: str) -> bool:
        """Whether a request carrying ``token`` is let in."""
        revoked = revoked_tokens()
        return token not in revoked
'''

TOKENS_TESTS = '''
    from api.tokens import accepts, refresh_revocations


    def test_accepts() -> None:
        refresh_revocations({"tok-stolen"})
        assert accepts("tok-1") is True
        assert accepts("tok-stolen") is False
'''


def test_an_unknown_revocation_list_lets_no_token_in(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("api", "tokens", TOKENS, TOKENS_TESTS),
        'from api.tokens import accepts\naccepts("tok-stolen")',
        'from api.tokens import accepts\n'
        + _raises_or('accepts("tok-stolen")', 'got is False',
                     "a stolen token let in before the revocations were known"))


# The loop falls off its end above the last threshold; `-> list[str]` appends `return []`,
# so nobody needs to sign a payment of two million. The docstring names the board.
SIGN_OFF = '''
    """Who signs off a payment before it leaves the company."""

    from __future__ import annotations

    from decimal import Decimal

    #: Up to each amount, who signs; lowest first.
    THRESHOLDS = (
        (Decimal("1000"), ["team lead"]),
        (Decimal("50000"), ["team lead", "finance"]),
    )

    #: The board: every member signs a payment above the last threshold.
    BOARD = ["cfo", "ceo", "chair"]


    def signers(amount: Decimal) -> list[str]:
        """Who must sign a payment of ``amount``. Above the last threshold it is the
        board, every member of ``BOARD``."""
        for limit, people in THRESHOLDS:
            if amount <= limit:
                return people


    def status(amount: Decimal, signed: set[str]) -> str:
        """The payment's sign-off: "approved" once everyone who must sign has signed,
        else who is still to sign."""
        needed = signers(amount)
        missing = [who for who in needed if who not in signed]
        return "waiting for " + ", ".join(missing) if missing else "approved"
'''

SIGN_OFF_TESTS = '''
    from decimal import Decimal

    from treasury.sign_off import status


    def test_status() -> None:
        assert status(Decimal("500"), set()) == "waiting for team lead"
        assert status(Decimal("20000"), {"team lead"}) == "waiting for finance"
        assert status(Decimal("20000"), {"team lead", "finance"}) == "approved"
'''


def test_above_the_last_threshold_is_the_board_not_nobody(tmp_path: Path) -> None:
    call = 'status(Decimal("2000000"), {"team lead"})'
    imports = 'from decimal import Decimal\nfrom treasury.sign_off import status\n'
    fix_and_check(
        tmp_path, _app("treasury", "sign_off", SIGN_OFF, SIGN_OFF_TESTS),
        imports + call,
        imports + _raises_or(call, 'got != "approved"',
                             "a payment of two million approved without the board"))


# --- none-propagation: `attr: T | None` read as "None flows on" ---------------------------

# The field's own comment: None is "on the account's plan", and a sibling reads it so. The
# propagated None is falsy, so the member of an SSO-only account may use a password.
MEMBERS = '''
    """Members of customer accounts, and how they sign in."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Plan:
        name: str
        #: Members on this plan sign in through their company's SSO only.
        sso_required: bool = False


    @dataclass
    class Account:
        name: str
        plan: Plan


    @dataclass
    class Member:
        email: str
        account: Account
        #: A plan of the member's own; None: the member is on their account's plan.
        plan: Plan | None = None


    def plan_name(member: Member) -> str:
        """The plan shown on the member's profile."""
        return (member.plan or member.account.plan).name


    def sign_in_methods(member: Member) -> list[str]:
        """How ``member`` may sign in."""
        if member.plan.sso_required:
            return ["sso"]
        return ["sso", "password"]
'''

MEMBERS_TESTS = '''
    from auth.members import Account, Member, Plan, plan_name, sign_in_methods


    def test_sign_in() -> None:
        team = Account("acme", Plan("team"))
        assert sign_in_methods(Member("a@acme.test", team, Plan("enterprise", True))) == ["sso"]
        assert sign_in_methods(Member("b@acme.test", team, Plan("team"))) == ["sso", "password"]
        assert plan_name(Member("c@acme.test", team)) == "team"
'''


def test_a_none_plan_is_the_accounts_plan_not_no_plan(tmp_path: Path) -> None:
    imports = 'from auth.members import Account, Member, Plan, sign_in_methods\n'
    call = 'sign_in_methods(Member("d@bank.test", Account("bank", Plan("enterprise", True))))'
    fix_and_check(
        tmp_path, _app("auth", "members", MEMBERS, MEMBERS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == ["sso"]',
                             "a member of an SSO-only account let in with a password"))


# `Order.customer` is required; `Quote.customer` is the one declared `Customer | None`. The
# declaration found is the quote's, and the corrupt order is invoiced "for None".
RECORDS = '''
    """The shop's records."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Customer:
        name: str
        email: str


    @dataclass
    class Quote:
        """A price quote; anyone may ask for one."""

        number: str
        #: None for a quote asked for without signing in.
        customer: Customer | None = None


    @dataclass
    class Order:
        """A placed order. Every order has its customer: an order without one is corrupt
        (the 2023 migration left a few), goes to the data team and is never invoiced."""

        number: str
        customer: Customer
'''

INVOICES = '''
    """Invoices of placed orders."""

    from __future__ import annotations

    from shop.records import Order


    def invoice_header(order: Order) -> str:
        """The first line of the order's invoice."""
        name = order.customer.name
        return f"Invoice {order.number} for {name}"
'''

INVOICES_TESTS = '''
    from shop.invoices import invoice_header
    from shop.records import Customer, Order


    def test_invoice_header() -> None:
        order = Order("A-1", Customer("Ada Lovelace", "ada@example.test"))
        assert invoice_header(order) == "Invoice A-1 for Ada Lovelace"
'''


def test_another_classes_optional_field_backs_nothing_here(tmp_path: Path) -> None:
    imports = 'from shop.invoices import invoice_header\nfrom shop.records import Order\n'
    fix_and_check(
        tmp_path, _app("shop", "invoices", INVOICES, INVOICES_TESTS,
                       {"shop/records.py": RECORDS}),
        imports + 'invoice_header(Order("A-9", None))',
        imports + _raises_or('invoice_header(Order("A-9", None))', '"None" not in got',
                             "a corrupt order without a customer invoiced"))


# --- fallbacks and missing-key: the annotation's empty list as the answer -------------------

# The field's comment: staff belong to no team and may open every project. `-> list[str]`
# backs `return []`, and the staff see nothing.
PROJECTS = '''
    """Which projects a user may open."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The projects of each team.
    TEAM_PROJECTS: dict[int, list[str]] = {1: ["apollo"], 2: ["mercury", "gemini"]}


    @dataclass
    class User:
        login: str
        #: The user's team. Staff belong to no team: they may open every project.
        team: int | None = None


    def visible_projects(user: User) -> list[str]:
        """The projects ``user`` may open, in name order."""
        projects = TEAM_PROJECTS.get(user.team)
        return sorted(projects)
'''

PROJECTS_TESTS = '''
    from tracker.projects import User, visible_projects


    def test_visible_projects() -> None:
        assert visible_projects(User("ann", 2)) == ["gemini", "mercury"]
        assert visible_projects(User("bo", 1)) == ["apollo"]
'''


def test_a_staff_member_without_a_team_sees_every_project(tmp_path: Path) -> None:
    imports = 'from tracker.projects import User, visible_projects\n'
    fix_and_check(
        tmp_path, _app("tracker", "projects", PROJECTS, PROJECTS_TESTS),
        imports + 'visible_projects(User("boss"))',
        imports + _raises_or('visible_projects(User("boss"))',
                             'got == ["apollo", "gemini", "mercury"]',
                             "a member of staff shown no projects"))


# The empty allowlist lets a key in from anywhere (the module says so, and `may_connect`
# reads it so); an old key without one is limited to the office. `-> list[str]` backs
# `return []` for the missing key. The key is looked up in the module's table, a local:
# the payload guide below takes only a parameter's subscript.
KEY_TABLE = '''
    """API keys, and the networks each may be used from.

    Keys made before allowlists existed carry no ``allowed_ips``; they are limited to the
    office network, ``OFFICE``. An empty allowlist lets a key in from anywhere."""

    from __future__ import annotations

    from ipaddress import ip_address, ip_network

    OFFICE = ["10.20.0.0/16"]

    #: The keys issued, by id.
    KEYS: dict[str, dict[str, object]] = {
        "k-1": {"owner": "shop", "allowed_ips": ["192.0.2.0/24"]},
        "k-2": {"owner": "ci", "allowed_ips": []},
        "k-2019": {"owner": "ops"},
    }


    def allowlist(key_id: str) -> list[str]:
        """The networks the key ``key_id`` may be used from."""
        key = KEYS[key_id]
        return key["allowed_ips"]


    def may_connect(key_id: str, address: str) -> bool:
        """Whether a request from ``address`` may use the key ``key_id``."""
        networks = allowlist(key_id)
        return not networks or any(ip_address(address) in ip_network(n) for n in networks)
'''

KEY_TABLE_TESTS = '''
    from api.keys import may_connect


    def test_may_connect() -> None:
        assert may_connect("k-1", "192.0.2.7") is True
        assert may_connect("k-1", "198.51.100.1") is False
        assert may_connect("k-2", "198.51.100.1") is True
'''


def test_a_key_older_than_allowlists_is_not_let_in_from_anywhere(tmp_path: Path) -> None:
    imports = 'from api.keys import may_connect\n'
    call = 'may_connect("k-2019", "203.0.113.9")'
    fix_and_check(
        tmp_path, _app("api", "keys", KEY_TABLE, KEY_TABLE_TESTS),
        imports + call,
        imports + _raises_or(call, 'got is False',
                             "a key from before allowlists let in from anywhere"))


# The same app with the key passed in: the error guide `keyerror-optional-payload-field`
# (``guides.GuideStrategy``, backed by "the error guide covers this error" and nothing the
# app says) rewrites a parameter's subscript to `.get()`, whose None is the empty
# allowlist's "anywhere" too.
KEYS = '''
    """API keys, and the networks each may be used from.

    Keys made before allowlists existed carry no ``allowed_ips``; they are limited to the
    office network, ``OFFICE``. An empty allowlist lets a key in from anywhere."""

    from __future__ import annotations

    from ipaddress import ip_address, ip_network

    OFFICE = ["10.20.0.0/16"]


    def allowlist(key: dict) -> list[str]:
        """The networks ``key`` may be used from."""
        return key["allowed_ips"]


    def may_connect(key: dict, address: str) -> bool:
        """Whether a request from ``address`` may use ``key``."""
        networks = allowlist(key)
        return not networks or any(ip_address(address) in ip_network(n) for n in networks)
'''

KEYS_TESTS = '''
    from api.keys import may_connect


    def test_may_connect() -> None:
        key = {"id": "k-1", "allowed_ips": ["192.0.2.0/24"]}
        assert may_connect(key, "192.0.2.7") is True
        assert may_connect(key, "198.51.100.1") is False
        assert may_connect({"id": "k-2", "allowed_ips": []}, "198.51.100.1") is True
'''


def test_the_payload_guide_does_not_let_an_old_key_in_from_anywhere(tmp_path: Path) -> None:
    imports = 'from api.keys import may_connect\n'
    call = 'may_connect({"id": "k-2019"}, "203.0.113.9")'
    fix_and_check(
        tmp_path, _app("api", "keys", KEYS, KEYS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got is False',
                             "a key from before allowlists let in from anywhere"))


# --- missing-key into a field declared `float | None` -------------------------------------

# No comment on the field: the bare `float | None` backs `.get("celsius")`. The module says a
# message without `celsius` is a heartbeat that records nothing; the class says a None
# temperature is a fault that pages the gardener. (The message is parsed into a local: the
# payload guide, which takes a parameter's subscript, would back the same `.get()`.)
SENSORS = '''
    """Readings from the greenhouse sensors.

    Every sensor sends a message a minute. A message without a ``celsius`` is a
    heartbeat: the sensor is alive and has nothing new to tell, and no reading is
    recorded for it."""

    from __future__ import annotations

    import json
    from dataclasses import dataclass


    @dataclass
    class Reading:
        """One reading. A sensor in fault reports no temperature: the dashboard shows
        FAULT and the gardener on duty is paged."""

        sensor: str
        celsius: float | None


    READINGS: list[Reading] = []


    def ingest(raw: str) -> None:
        """Record the reading a sensor's message (JSON) carries."""
        message = json.loads(raw)
        READINGS.append(Reading(sensor=message["sensor"], celsius=message["celsius"]))
'''

SENSORS_TESTS = '''
    from greenhouse.sensors import READINGS, Reading, ingest


    def test_ingest() -> None:
        ingest('{"sensor": "bed-1", "celsius": 21.5}')
        ingest('{"sensor": "bed-2", "celsius": null}')
        assert READINGS[-2:] == [Reading("bed-1", 21.5), Reading("bed-2", None)]
'''


def test_a_heartbeat_is_not_recorded_as_a_sensor_fault(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("greenhouse", "sensors", SENSORS, SENSORS_TESTS),
        'from greenhouse.sensors import ingest\ningest(\'{"sensor": "bed-3"}\')',
        'from greenhouse.sensors import READINGS, ingest\n'
        'try:\n    ingest(\'{"sensor": "bed-3"}\')\nexcept Exception:\n    pass\n'
        'faults = [r for r in READINGS if r.celsius is None]\n'
        'assert not faults, f"a heartbeat recorded as a sensor fault: {faults}"\n')


# --- optional-item and exhausted-iterator: the None the annotation admits -------------------

# `-> list[Decimal | None]`: None is "the exchange was closed", the module says, and a
# trading day without trades carries the previous close.
CLOSES = '''
    """Daily closing prices for the stock charts.

    A series has one entry per calendar day. None marks a day the exchange was closed (a
    weekend, a holiday): the chart leaves a gap there. A trading day on which the stock did
    not trade at all carries the previous day's close, as the exchange publishes it."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from decimal import Decimal


    @dataclass
    class Trade:
        price: Decimal


    @dataclass
    class Day:
        open: bool
        trades: list[Trade] = field(default_factory=list)


    def closes(days: list[Day]) -> list[Decimal | None]:
        """The closing price of each of ``days``: its last trade."""
        return [day.trades[-1].price if day.open else None for day in days]
'''

CLOSES_TESTS = '''
    from decimal import Decimal

    from charts.closes import Day, Trade, closes


    def test_closes() -> None:
        days = [Day(True, [Trade(Decimal("9.50")), Trade(Decimal("9.75"))]), Day(False)]
        assert closes(days) == [Decimal("9.75"), None]
'''


def test_a_day_without_trades_is_not_a_closed_exchange(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom charts.closes import Day, Trade, closes\n'
    call = 'closes([Day(True, [Trade(Decimal("10.00"))]), Day(False), Day(True)])'
    fix_and_check(
        tmp_path, _app("charts", "closes", CLOSES, CLOSES_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == [Decimal("10.00"), None, Decimal("10.00")]',
                             "a trading day without trades charted as a closed exchange"))


# `-> Decimal | None`: None is "priced on request" (the field's comment); the module says a
# tier without a price of its own pays the retail price.
PRICES = '''
    """The price list.

    Every product has a retail price; some have a price of their own for trade
    customers. A tier without a price of its own for a product pays the retail price."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Price:
        sku: str
        tier: str
        #: None: made to measure, priced on request by the workshop.
        amount: Decimal | None


    PRICES = (
        Price("chair", "retail", Decimal("120.00")),
        Price("chair", "trade", Decimal("95.00")),
        Price("table", "retail", Decimal("480.00")),
        Price("wardrobe", "retail", None),
    )


    def price_for(sku: str, tier: str) -> Decimal | None:
        """What a customer of ``tier`` pays for ``sku``."""
        return next(p.amount for p in PRICES if p.sku == sku and p.tier == tier)
'''

PRICES_TESTS = '''
    from decimal import Decimal

    from furniture.prices import price_for


    def test_price_for() -> None:
        assert price_for("chair", "trade") == Decimal("95.00")
        assert price_for("table", "retail") == Decimal("480.00")
        assert price_for("wardrobe", "retail") is None
'''


def test_a_tier_without_its_own_price_is_not_priced_on_request(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom furniture.prices import price_for\n'
    fix_and_check(
        tmp_path, _app("furniture", "prices", PRICES, PRICES_TESTS),
        imports + 'price_for("table", "trade")',
        imports + _raises_or('price_for("table", "trade")', 'got == Decimal("480.00")',
                             "a trade customer's table shown as priced on request"))


# --- declared numbers: text converted as it is ---------------------------------------------

# `card_fee(amount: Decimal)` is given the settlement file's text, which the module says is
# in pence. `Decimal("1999")` charges the fee on £1999.
FEES = '''
    """Card fees."""

    from __future__ import annotations

    from decimal import Decimal

    #: The acquirer's rate and fixed fee per card payment, in pounds.
    RATE = Decimal("0.014")
    FIXED = Decimal("0.20")


    def card_fee(amount: Decimal) -> Decimal:
        """The fee on a card payment of ``amount`` pounds."""
        return (amount * RATE + FIXED).quantize(Decimal("0.01"))
'''

STATEMENTS = '''
    """Lines of a merchant's monthly statement, from the bank's settlement file.

    The settlement file gives every amount as text in pence ("1999" is 19.99 pounds);
    ``pounds`` reads one as a Decimal of pounds."""

    from __future__ import annotations

    from decimal import Decimal

    from billing.fees import card_fee


    def pounds(pence: str) -> Decimal:
        return (Decimal(pence) / 100).quantize(Decimal("0.01"))


    def statement_line(row: dict[str, str]) -> str:
        """One payment's line: its reference, the amount, and the fee we keep."""
        amount = pounds(row["amount"])
        fee = card_fee(row["amount"])
        return f"{row['ref']}: {amount} (fee {fee})"
'''

STATEMENTS_TESTS = '''
    from decimal import Decimal

    from billing.fees import card_fee
    from billing.statements import pounds


    def test_pieces() -> None:
        assert pounds("1999") == Decimal("19.99")
        assert card_fee(Decimal("19.99")) == Decimal("0.48")
'''


def test_pence_as_text_are_not_pounds(tmp_path: Path) -> None:
    imports = 'from billing.statements import statement_line\n'
    call = 'statement_line({"ref": "P-1", "amount": "1999"})'
    fix_and_check(
        tmp_path, _app("billing", "statements", STATEMENTS, STATEMENTS_TESTS,
                       {"billing/fees.py": FEES}),
        imports + call,
        imports + _raises_or(call, '"fee 0.48" in got',
                             "a card fee charged on pence read as pounds"))


# `discount: Decimal` arrives as the sale form's text, a whole percent as the module says;
# `Decimal(discount)` takes fifteen times the price off.
SALES = '''
    """The sale task: marks a product down.

    Registered with the task queue as ``apply_sale``: the queue calls it with the fields
    of the sale form as they were posted, and staff type the discount there as a whole
    percent ("15" is 15 % off)."""

    from __future__ import annotations

    from decimal import Decimal

    PRICES = {"chair": Decimal("120.00"), "table": Decimal("480.00")}


    def apply_sale(sku: str, discount: Decimal) -> Decimal:
        """The sale price of ``sku``: ``discount`` is the share of the price taken off."""
        return (PRICES[sku] * (Decimal(1) - discount)).quantize(Decimal("0.01"))
'''

SALES_TESTS = '''
    from decimal import Decimal

    from store.sales import apply_sale


    def test_apply_sale() -> None:
        assert apply_sale("chair", Decimal("0.25")) == Decimal("90.00")
        assert apply_sale("table", Decimal("0")) == Decimal("480.00")
'''


def test_a_whole_percent_as_text_is_not_a_share(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom store.sales import apply_sale\n'
    fix_and_check(
        tmp_path, _app("store", "sales", SALES, SALES_TESTS),
        imports + 'apply_sale("chair", "15")',
        imports + _raises_or('apply_sale("chair", "15")', 'got == Decimal("102.00")',
                             "a 15 % sale taking fifteen times the price off"))

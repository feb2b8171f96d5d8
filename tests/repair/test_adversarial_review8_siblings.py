"""Eighth adversarial review: templates that take their backing from sibling code.

Each trap is a small app whose crash one of these templates answers by copying what code
that looks analogous does (a helper, the error handling around it, an ``or`` fallback, a
model field's fallback, a ``.get()`` default, a docstring's fallback sentence), while the
app's own words (the crashing function's docstring, a helper's docstring, a constant's
comment, another sibling) say the analogy does not hold here. The hidden assertion checks
the behaviour those words give; a declined fix passes.

``sibling-helper`` (``candidates/sibling_helpers.py``):

* ``test_an_exchange_rate_is_not_rounded_to_the_cent``: ``parse_amount`` reads "12,50"
  and rounds to the cent; the module says rates are kept to four places (1,0835), and the
  helper turns the rate into 1.08;
* ``test_a_refund_keeps_its_moment_not_the_reports_day``: the only millisecond helper,
  ``_day_from_millis``, buckets a timestamp to its UTC midnight for the daily report; the
  refund's docstring asks for "the exact moment", and the fix stamps it at midnight;
* ``test_a_price_per_kilo_is_not_read_as_a_weight_in_grams``: ``parse_weight`` reads
  "12,50" kg and answers grams (x 1000); a price per kilogram typed "4,20" becomes 4200.

``sibling_handlers`` (``candidates/sibling_handlers.py``, the ``except`` clauses that
``sibling-helper`` copies):

* ``test_the_views_own_answer_to_an_unreadable_limit_is_kept``: the budget view already
  answers a missing or unreadable limit 422 (``except (KeyError, ValueError)``); the
  copied ``except ValueError: return ..., 400`` of the expense view is put inside it, and
  shadows it;
* ``test_an_order_is_not_answered_with_the_previews_zero``: the handler is copied from the
  basket *preview*, which shows 0,00 while the customer is still typing; the real order
  with an unreadable amount answers 200 with a zero total and stores nothing.

``sibling-or-fallback`` (``candidates/sibling_or_fallbacks.py``):

* ``test_an_order_without_a_carrier_is_not_booked_with_the_estimates_default``: the
  basket's *estimate* quotes DEFAULT_CARRIER until the customer picks one; ``book``'s
  docstring says an order paid without a carrier waits for support. The fix books DPD;
* ``test_an_export_line_without_a_rate_is_zero_rated``: domestic lines without a rate
  take DEFAULT_VAT_RATE; the export's docstring says exports are zero-rated and a blank
  rate adds no VAT. The fix charges 20 % VAT on exports;
* ``test_a_customers_reminder_is_not_in_head_office_time``: support staff see a member
  without a zone in STAFF_TIMEZONE (head office); the reminder e-mail's docstring says
  such a member gets UTC, named. The fix writes the reminder in Berlin time.

``sibling-field-fallback`` (``candidates/sibling_fallbacks.py``):

* ``test_a_phone_call_is_titled_with_the_callers_number``: the mail ingest writes
  ``subject or "(no subject)"`` as mail clients do; the call log's docstring titles a call
  without a subject with the caller's number;
* ``test_an_imported_member_starts_without_a_nickname``: a blank rename goes back to the
  login; an imported member starts with an empty nickname, which is what makes the first
  sign-in ask for one (``needs_nickname``). The fix fills in the login.

``unknown-value-fallback`` (``candidates/unknown_value_fallbacks.py``):

* ``test_a_windows_zone_name_is_translated_not_replaced``: "a visitor we do not know ...
  uses SHOP_TIMEZONE" is about a visitor, the next sentence says Windows names are
  translated through WINDOWS_ZONES; the fix shows Los Angeles members London time;
* ``test_a_feed_with_an_unknown_encoding_is_rejected``: the sentence is about the *upload
  screen* ("defaults to UPLOAD_ENCODING when the declared encoding is unknown"); the next
  says a feed's unknown encoding is rejected. The fix decodes the feed as UTF-8;
* ``test_a_suspended_currency_does_not_sell_at_the_base_rate``: an unknown currency uses
  BASE_RATE; "n/a" marks a suspended currency, for which the sale must stop. The fix
  converts at 1.

``missing-key`` (``candidates/missing_key.py``):

* ``test_an_enterprise_plan_without_a_limit_is_not_capped_at_a_page_size``: the only
  ``.get("limit", 50)`` in the module is a list view's page size; an enterprise plan has
  no "limit" because it is not capped. The fix caps it at 50 projects;
* ``test_a_shelf_not_counted_tonight_keeps_its_stock``: ``.get("quantity", 1)`` is the
  cart's "adds one"; a warehouse row without a quantity is a shelf not counted tonight,
  whose stock stays. The fix sets the stock to 1.

``generic_backing`` and ``borrowed_backing`` never look at these: none of the contracts
is an annotation or a guide, and none of the strategies is in ``BORROWED``, so a second
sentence in the crashing function's docstring (which most of these traps have) takes no
backing away.

As written, all 15 traps fail: each template reports ``fixed`` with the wrong behaviour.
(``test_a_price_per_kilo_is_not_read_as_a_weight_in_grams`` was declined while the app's
suite tested ``set_price`` with "4.20": the suite, not the template, stopped it.)

Since then ``borrowed_backing.py`` counts sibling-helper, sibling-or-fallback,
sibling-field-fallback and missing-key's ``.get()`` default copied from another read as
borrowed (they yield where the crashing function documents more than a summary), and
reads the sentences beside an unknown-value fallback: 13 traps pass. The two where the
words against the fix are in the module's or the helper's docstring, while the crashing
function's is one line, were closed by ``helper_results.py``: a helper that rounds or
scales what it reads (``.quantize(CENT)``, ``* 1000``) is borrowed only for a value the
crashing code hands to the same project function as the sibling hands the helper's answer
(``format_amount``); a rate and a price per kilo go nowhere an amount or a weight goes.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or

# --- sibling-helper -----------------------------------------------------------------------

MONEY_CENTS = '''
    """Money as our customers in Germany type it."""

    from __future__ import annotations

    from decimal import Decimal

    CENT = Decimal("0.01")


    def parse_amount(text: str) -> Decimal:
        """An amount of euros: ``"12,50"`` is twelve euros fifty, kept to the cent."""
        return Decimal(text.strip().replace(",", ".")).quantize(CENT)
'''

RATES = '''
    """Prices in the customer's currency.

    Exchange rates come from the treasury desk's sheet, typed with a decimal comma, and
    are kept to four decimal places (1,0835): a rate rounded to the cent moves every
    converted price."""

    from __future__ import annotations

    from decimal import Decimal

    from shop.money import parse_amount


    def add_expense(form: dict[str, str]) -> dict[str, Decimal]:
        """An expense, as the finance team types it."""
        return {"amount": parse_amount(form["amount"])}


    def set_rate(form: dict[str, str]) -> dict[str, Decimal]:
        """The rate euro prices are converted at, from the treasury sheet."""
        rate = Decimal(form["rate"])
        return {"rate": rate}
'''

RATES_TESTS = '''
    from decimal import Decimal

    from shop.rates import add_expense, set_rate


    def test_expense() -> None:
        assert add_expense({"amount": "12,50"}) == {"amount": Decimal("12.50")}


    def test_rate() -> None:
        assert set_rate({"rate": "1.5"}) == {"rate": Decimal("1.5")}
'''


def test_an_exchange_rate_is_not_rounded_to_the_cent(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom shop.rates import set_rate\n'
    call = 'set_rate({"rate": "1,0835"})'
    fix_and_check(
        tmp_path, _app("shop", "rates", RATES, RATES_TESTS, {"shop/money.py": MONEY_CENTS}),
        imports + call,
        imports + _raises_or(call, 'got == {"rate": Decimal("1.0835")}',
                             "a four-place exchange rate rounded to the cent"))


REFUNDS = '''
    """Webhook payloads of the payment provider: every timestamp is Unix time in
    milliseconds."""

    from __future__ import annotations

    from datetime import datetime, timezone


    def _day_from_millis(ms: int) -> datetime:
        """The UTC day a provider timestamp falls on (its midnight), as the daily report
        groups payments."""
        moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
        return moment.replace(hour=0, minute=0, second=0, microsecond=0)


    def report_day(data: dict) -> datetime:
        """The day of the daily report a payment is counted on."""
        return _day_from_millis(data["created"])


    def refund(data: dict) -> dict:
        """The refund as the ledger records it: the exact moment the provider refunded,
        which the bank statement is matched against to the second."""
        return {"id": data["id"],
                "refunded_at": datetime.fromtimestamp(data["refunded"], tz=timezone.utc)}
'''

REFUNDS_TESTS = '''
    from datetime import datetime, timezone

    from pay.hooks import report_day


    def test_report_day() -> None:
        assert report_day({"created": 1700000000000}) == datetime(2023, 11, 14,
                                                                  tzinfo=timezone.utc)
'''


def test_a_refund_keeps_its_moment_not_the_reports_day(tmp_path: Path) -> None:
    imports = 'from datetime import datetime, timezone\nfrom pay.hooks import refund\n'
    call = 'refund({"id": "re_1", "refunded": 1700000000000})'
    fix_and_check(
        tmp_path, _app("pay", "hooks", REFUNDS, REFUNDS_TESTS),
        imports + call,
        imports + _raises_or(
            call, 'got["refunded_at"] == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)',
            "the refund's moment replaced by the report's midnight"))


SCALES = '''
    """Readings of the warehouse scales."""

    from __future__ import annotations

    from decimal import Decimal


    def parse_weight(text: str) -> Decimal:
        """A weight as the scales print it, ``"12,50"`` kilograms, in grams (12500): stock
        is kept in grams."""
        return Decimal(text.strip().replace(",", ".")) * 1000
'''

GOODS = '''
    """Goods received at the warehouse."""

    from __future__ import annotations

    from decimal import Decimal

    from depot.scales import parse_weight


    def weigh_in(form: dict[str, str]) -> dict[str, Decimal]:
        """A delivery put on the scales."""
        return {"grams": parse_weight(form["weight"])}


    def set_price(form: dict[str, str]) -> dict[str, Decimal]:
        """The buyer's price per kilogram, in euros, as the buyer types it."""
        return {"per_kg": Decimal(form["price"])}
'''

# `set_price` is new and has no test yet: with one ("4.20" -> 4.20) the suite rejects the
# helper's grams, which is how the engine declined a first version of this trap.
GOODS_TESTS = '''
    from decimal import Decimal

    from depot.goods import weigh_in


    def test_weigh_in() -> None:
        assert weigh_in({"weight": "12,50"}) == {"grams": Decimal("12500")}
'''


def test_a_price_per_kilo_is_not_read_as_a_weight_in_grams(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom depot.goods import set_price\n'
    call = 'set_price({"price": "4,20"})'
    fix_and_check(
        tmp_path, _app("depot", "goods", GOODS, GOODS_TESTS, {"depot/scales.py": SCALES}),
        imports + call,
        imports + _raises_or(call, 'got == {"per_kg": Decimal("4.20")}',
                             "a price per kilogram read as kilograms turned into grams"))


# --- sibling_handlers (the except clauses sibling-helper copies) -------------------------

MONEY = '''
    """Amounts as our customers type them: "12,50" means twelve euros fifty."""

    from __future__ import annotations

    from decimal import Decimal, InvalidOperation


    def parse_amount(text: str) -> Decimal:
        """``text`` as euros: "12,50" and "12.50" both give ``Decimal("12.50")``.

        Raises ValueError when ``text`` is not an amount.
        """
        try:
            return Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            raise ValueError(text) from None
'''

BUDGETS = '''
    from decimal import Decimal

    from flask import Flask, request

    from shop.money import parse_amount

    app = Flask(__name__)


    @app.post("/expenses")
    def add_expense():
        try:
            amount = parse_amount(request.form.get("amount", ""))
        except ValueError:
            return {"error": "amount must be a number of euros, like 12,50"}, 400
        return {"amount": str(amount)}, 201


    @app.post("/budget")
    def set_budget():
        """The monthly budget. The budget page sends its form as the user left it, and
        shows the field errors of a 422 next to the field: a limit left out or not
        readable is answered so."""
        try:
            limit = Decimal(request.form["limit"])
        except (KeyError, ValueError):
            return {"errors": {"limit": "Enter your monthly limit"}}, 422
        return {"limit": str(limit)}
'''

BUDGETS_TESTS = '''
    from shop.web import app


    def test_expense() -> None:
        response = app.test_client().post("/expenses", data={"amount": "12,50"})
        assert response.status_code == 201


    def test_budget() -> None:
        client = app.test_client()
        assert client.post("/budget", data={"limit": "450"}).get_json() == {"limit": "450"}
        assert client.post("/budget", data={}).status_code == 422
'''


def test_the_views_own_answer_to_an_unreadable_limit_is_kept(tmp_path: Path) -> None:
    check = '''
from shop.web import app
client = app.test_client()
r = client.post("/budget", data={"limit": "450,50"})
assert r.get_json() == {"limit": "450.50"}, r.get_json()
r = client.post("/budget", data={"limit": "lots"})
assert r.status_code == 422, (r.status_code, r.get_json())
'''
    fix_and_check(
        tmp_path, _app("shop", "web", BUDGETS, BUDGETS_TESTS, {"shop/money.py": MONEY}),
        'from shop.web import app\n'
        'app.test_client().post("/budget", data={"limit": "450,50"})',
        check, framework="flask")


ORDERS = '''
    from decimal import Decimal

    from flask import Flask, request

    from shop.money import parse_amount

    app = Flask(__name__)
    VAT = Decimal("1.19")
    ORDERS: list[Decimal] = []


    @app.post("/basket/preview")
    def preview():
        """The basket's total, recomputed as the customer types: text that is not an
        amount yet shows 0,00 rather than an error."""
        try:
            amount = parse_amount(request.form.get("amount", ""))
        except ValueError:
            return {"total": "0,00"}
        return {"total": f"{amount * VAT:.2f}".replace(".", ",")}


    @app.post("/orders")
    def place_order():
        """The order itself: it is stored, and the customer is charged the total."""
        amount = Decimal(request.form["amount"])
        ORDERS.append(amount * VAT)
        return {"total": f"{amount * VAT:.2f}".replace(".", ",")}, 201
'''

ORDERS_TESTS = '''
    from shop.web import app


    def test_preview() -> None:
        client = app.test_client()
        assert client.post("/basket/preview", data={"amount": "10"}).get_json() == {
            "total": "11,90"}
        assert client.post("/basket/preview", data={"amount": "1"}).status_code == 200


    def test_order() -> None:
        response = app.test_client().post("/orders", data={"amount": "10"})
        assert response.status_code == 201
'''


def test_an_order_is_not_answered_with_the_previews_zero(tmp_path: Path) -> None:
    check = '''
from shop.web import ORDERS, app
client = app.test_client()
r = client.post("/orders", data={"amount": "abc"})
assert r.status_code >= 400, (r.status_code, r.get_json())
'''
    fix_and_check(
        tmp_path, _app("shop", "web", ORDERS, ORDERS_TESTS, {"shop/money.py": MONEY}),
        'from shop.web import app\n'
        'app.test_client().post("/orders", data={"amount": "450,50"})',
        check, framework="flask")


# --- sibling-or-fallback ------------------------------------------------------------------

SHIPPING = '''
    """Shipping for the shop's orders."""

    from __future__ import annotations

    from enum import Enum

    DEFAULT_CARRIER = "dpd"
    #: What each carrier costs, in cents.
    RATES = {"dpd": 495, "ups": 750}
    BOOKED: list[str] = []


    class Carrier(Enum):
        DPD = "dpd"
        UPS = "ups"


    def estimate(order: dict[str, str]) -> int:
        """The basket page's shipping estimate, in cents: until the customer picks a
        carrier, the page quotes the default one."""
        return RATES[Carrier(order["carrier"] or DEFAULT_CARRIER).value]


    def book(order: dict[str, str]) -> str:
        """Book the parcel with the carrier the customer chose and paid for.

        Orders paid before the carrier step existed have none: they wait for support to
        ask the customer, since another carrier ships at a price they did not pay."""
        carrier = Carrier(order["carrier"])
        label = f"{carrier.name} parcel for order {order['id']}"
        BOOKED.append(label)
        return label
'''

SHIPPING_TESTS = '''
    from shop.shipping import book, estimate


    def test_estimate() -> None:
        assert estimate({"carrier": ""}) == 495
        assert estimate({"carrier": "ups"}) == 750


    def test_book() -> None:
        assert book({"id": "7", "carrier": "ups"}) == "UPS parcel for order 7"
'''


def test_an_order_without_a_carrier_is_not_booked_with_the_estimates_default(
        tmp_path: Path) -> None:
    imports = 'from shop.shipping import BOOKED, book\n'
    call = 'book({"id": "8", "carrier": ""})'
    fix_and_check(
        tmp_path, _app("shop", "shipping", SHIPPING, SHIPPING_TESTS),
        imports + call,
        imports + _raises_or(call, 'got is None and not BOOKED',
                             "an order paid without a carrier was booked with one"))


INVOICE_LINES = '''
    """Invoice lines, as the accounting export writes them: amounts and rates as text."""

    from __future__ import annotations

    from decimal import Decimal

    DEFAULT_VAT_RATE = "0.20"


    def domestic_gross(line: dict[str, str]) -> Decimal:
        """A UK sale: a line without a rate of its own is charged the standard rate."""
        return Decimal(line["net"]) * (1 + Decimal(line["vat_rate"] or DEFAULT_VAT_RATE))


    def export_gross(line: dict[str, str]) -> Decimal:
        """A sale shipped outside the UK. Exports are zero-rated: a line carries a rate
        only for a service billed with the goods (installation on site), and a blank rate
        adds no VAT."""
        return Decimal(line["net"]) * (1 + Decimal(line["vat_rate"]))
'''

INVOICE_LINES_TESTS = '''
    from decimal import Decimal

    from books.lines import domestic_gross, export_gross


    def test_domestic() -> None:
        assert domestic_gross({"net": "100", "vat_rate": ""}) == Decimal("120")


    def test_export_service() -> None:
        assert export_gross({"net": "100", "vat_rate": "0.20"}) == Decimal("120")
'''


def test_an_export_line_without_a_rate_is_zero_rated(tmp_path: Path) -> None:
    imports = 'from decimal import Decimal\nfrom books.lines import export_gross\n'
    call = 'export_gross({"net": "100", "vat_rate": ""})'
    fix_and_check(
        tmp_path, _app("books", "lines", INVOICE_LINES, INVOICE_LINES_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == Decimal("100")',
                             "a zero-rated export charged the standard rate"))


REMINDERS = '''
    """Times shown to people."""

    from __future__ import annotations

    from datetime import datetime
    from zoneinfo import ZoneInfo

    #: The back office works in head-office time.
    STAFF_TIMEZONE = "Europe/Berlin"


    def staff_view(member: dict[str, str], when: datetime) -> str:
        """The time as support staff see it on a member's page: a member without a zone
        is shown in head-office time."""
        return when.astimezone(ZoneInfo(member["timezone"] or STAFF_TIMEZONE)).isoformat()


    def reminder_time(member: dict[str, str], when: datetime) -> str:
        """When the reminder e-mail says the appointment is. A member who never set a
        zone gets it in UTC, with the offset written out, so the e-mail is never an hour
        off in a town we do not know."""
        return when.astimezone(ZoneInfo(member["timezone"])).isoformat()
'''

REMINDERS_TESTS = '''
    from datetime import datetime, timezone

    from clinic.times import reminder_time, staff_view

    WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


    def test_staff_view() -> None:
        assert staff_view({"timezone": ""}, WHEN) == "2026-03-02T10:00:00+01:00"


    def test_reminder() -> None:
        assert reminder_time({"timezone": "Europe/London"}, WHEN) == "2026-03-02T09:00:00+00:00"
        assert reminder_time({"timezone": "Asia/Tokyo"}, WHEN) == "2026-03-02T18:00:00+09:00"
'''


def test_a_customers_reminder_is_not_in_head_office_time(tmp_path: Path) -> None:
    imports = ('from datetime import datetime, timezone\n'
               'from clinic.times import reminder_time\n')
    call = 'reminder_time({"timezone": ""}, datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))'
    fix_and_check(
        tmp_path, _app("clinic", "times", REMINDERS, REMINDERS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == "2026-03-02T09:00:00+00:00"',
                             "a member without a zone reminded in head-office time"))


# --- sibling-field-fallback ---------------------------------------------------------------

TICKET_MODELS = '''
    from pydantic import BaseModel


    class CallForm(BaseModel):
        caller: str
        subject: str | None = None


    class Ticket(BaseModel):
        requester: str
        subject: str
'''

TICKET_API = '''
    from fastapi import FastAPI

    from desk.models import CallForm, Ticket

    app = FastAPI()
    TICKETS: list[Ticket] = []


    @app.post("/mail", status_code=201)
    def ingest(sender: str, subject: str = "") -> Ticket:
        """A support e-mail becomes a ticket. An empty subject line is shown as mail
        clients show it."""
        ticket = Ticket(requester=sender, subject="")
        ticket.subject = subject.strip() or "(no subject)"
        TICKETS.append(ticket)
        return ticket


    @app.post("/calls", status_code=201)
    def log_call(form: CallForm) -> Ticket:
        """A phone call logged by the front desk. A call logged without a subject is
        titled with the caller's number, so the queue shows whom to ring back."""
        ticket = Ticket(requester=form.caller, subject=form.subject)
        TICKETS.append(ticket)
        return ticket
'''

TICKET_TESTS = '''
    from fastapi.testclient import TestClient

    from desk.api import app

    client = TestClient(app)


    def test_mail_without_subject() -> None:
        response = client.post("/mail", params={"sender": "ada@example.com"})
        assert response.json()["subject"] == "(no subject)"


    def test_call_with_subject() -> None:
        response = client.post("/calls", json={"caller": "+44 20 7946 0018",
                                               "subject": "Broken boiler"})
        assert response.json()["subject"] == "Broken boiler"
'''


def test_a_phone_call_is_titled_with_the_callers_number(tmp_path: Path) -> None:
    check = ('from fastapi.testclient import TestClient\nfrom desk.api import app\n'
             'r = TestClient(app).post("/calls", json={"caller": "+44 20 7946 0018"})\n'
             'assert r.json()["subject"] == "+44 20 7946 0018", r.json()\n')
    fix_and_check(
        tmp_path, _app("desk", "api", TICKET_API, TICKET_TESTS,
                       {"desk/models.py": TICKET_MODELS}),
        'from fastapi.testclient import TestClient\nfrom desk.api import app\n'
        'TestClient(app).post("/calls", json={"caller": "+44 20 7946 0018"})',
        check, framework="fastapi")


MEMBER_MODELS = '''
    from pydantic import BaseModel


    class ImportRow(BaseModel):
        login: str
        email: str
        #: The old directory had nicknames for few of its members.
        nickname: str | None = None


    class Profile(BaseModel):
        login: str
        email: str
        nickname: str
'''

MEMBER_API = '''
    from fastapi import FastAPI, HTTPException

    from club.models import ImportRow, Profile

    app = FastAPI()
    PROFILES: dict[str, Profile] = {}


    def _profile(login: str) -> Profile:
        profile = PROFILES.get(login)
        if profile is None:
            raise HTTPException(status_code=404, detail="no such member")
        return profile


    def needs_nickname(profile: Profile) -> bool:
        """Whether the next sign-in asks the member to choose a nickname."""
        return profile.nickname == ""


    @app.patch("/profiles/{login}")
    def rename(login: str, nickname: str = "") -> Profile:
        """A member renames themselves; clearing the nickname goes back to the login."""
        profile = _profile(login)
        profile.nickname = nickname.strip() or profile.login
        return profile


    @app.post("/imports", status_code=201)
    def import_member(row: ImportRow) -> Profile:
        """A member moved over from the old directory. Without a nickname there, the
        profile starts with an empty one: that is what makes their first sign-in ask them
        to choose (``needs_nickname``)."""
        profile = Profile(login=row.login, email=row.email, nickname=row.nickname)
        PROFILES[profile.login] = profile
        return profile
'''

MEMBER_TESTS = '''
    from fastapi.testclient import TestClient

    from club.api import app

    client = TestClient(app)


    def test_import_with_nickname() -> None:
        response = client.post("/imports", json={"login": "ada", "email": "ada@example.com",
                                                 "nickname": "Ada"})
        assert response.json()["nickname"] == "Ada"


    def test_clearing_the_nickname() -> None:
        client.post("/imports", json={"login": "bo", "email": "bo@example.com",
                                      "nickname": "Bo"})
        assert client.patch("/profiles/bo", params={"nickname": " "}).json()["nickname"] == "bo"
'''


def test_an_imported_member_starts_without_a_nickname(tmp_path: Path) -> None:
    check = ('from fastapi.testclient import TestClient\nfrom club.api import app\n'
             'r = TestClient(app).post("/imports", json={"login": "cy", '
             '"email": "cy@example.com"})\n'
             'assert r.json()["nickname"] == "", r.json()\n')
    fix_and_check(
        tmp_path, _app("club", "api", MEMBER_API, MEMBER_TESTS,
                       {"club/models.py": MEMBER_MODELS}),
        'from fastapi.testclient import TestClient\nfrom club.api import app\n'
        'TestClient(app).post("/imports", json={"login": "cy", "email": "cy@example.com"})',
        check, framework="fastapi")


# --- unknown-value-fallback ---------------------------------------------------------------

ZONES = '''
    """The zones members' times are shown in."""

    from __future__ import annotations

    from zoneinfo import ZoneInfo

    SHOP_TIMEZONE = "Europe/London"
    #: Windows zone names, which the old desktop app stored, by tz database name.
    WINDOWS_ZONES = {
        "Pacific Standard Time": "America/Los_Angeles",
        "W. Europe Standard Time": "Europe/Berlin",
        "Tokyo Standard Time": "Asia/Tokyo",
    }


    def member_zone(name: str | None) -> ZoneInfo:
        """The zone a member's times are shown in.

        A visitor we do not know (no account, so no name) uses SHOP_TIMEZONE. Members
        whose profile came over from the desktop app may have a Windows zone name, which
        WINDOWS_ZONES translates."""
        if name is None:
            return ZoneInfo(SHOP_TIMEZONE)
        return ZoneInfo(name)
'''

ZONES_TESTS = '''
    from members.zones import member_zone


    def test_zones() -> None:
        assert str(member_zone(None)) == "Europe/London"
        assert str(member_zone("Asia/Tokyo")) == "Asia/Tokyo"
'''


def test_a_windows_zone_name_is_translated_not_replaced(tmp_path: Path) -> None:
    imports = 'from members.zones import member_zone\n'
    call = 'member_zone("Pacific Standard Time")'
    fix_and_check(
        tmp_path, _app("members", "zones", ZONES, ZONES_TESTS),
        imports + call,
        imports + _raises_or(call, 'str(got) == "America/Los_Angeles"',
                             "a Los Angeles member shown the shop's zone"))


FEEDS = '''
    """Partner feeds and uploads."""

    from __future__ import annotations

    import codecs

    UPLOAD_ENCODING = "utf-8"


    def upload_codec(declared: str) -> codecs.CodecInfo:
        """The codec for a file a person uploads on the import screen."""
        return codecs.lookup(declared or UPLOAD_ENCODING)


    def feed_codec(declared: str) -> codecs.CodecInfo:
        """The codec for a partner feed, as its header declares it.

        The import screen, where a person picks the file and sees the preview, defaults to
        UPLOAD_ENCODING when the declared encoding is unknown. A feed is made by the
        partner's exporter, and nobody looks at it: an encoding we cannot decode means
        their exporter is broken, and the feed is turned away so that they hear of it."""
        return codecs.lookup(declared)
'''

FEEDS_TESTS = '''
    from partners.feeds import feed_codec, upload_codec


    def test_codecs() -> None:
        assert feed_codec("latin-1").name == "iso8859-1"
        assert upload_codec("").name == "utf-8"
'''


def test_a_feed_with_an_unknown_encoding_is_rejected(tmp_path: Path) -> None:
    imports = 'from partners.feeds import feed_codec\n'
    call = 'feed_codec("latin-9x")'
    fix_and_check(
        tmp_path, _app("partners", "feeds", FEEDS, FEEDS_TESTS),
        imports + call,
        imports + _raises_or(call, 'False',
                             "a feed whose encoding is unknown decoded anyway"))


TREASURY = '''
    """Exchange rates from the treasury sheet."""

    from __future__ import annotations

    from decimal import Decimal

    #: Prices in euros need no conversion.
    BASE_RATE = "1"


    def rate_for(cell: str) -> Decimal:
        """The exchange rate in one cell of the treasury sheet.

        An unknown currency has no row in the sheet, and uses BASE_RATE: its prices are
        shown in euros. A cell reading "n/a" is a currency whose trading is suspended, and
        the sale must stop there rather than go through at some other rate."""
        return Decimal(cell)
'''

TREASURY_TESTS = '''
    from decimal import Decimal

    from money.treasury import rate_for


    def test_rate() -> None:
        assert rate_for("1.0835") == Decimal("1.0835")
'''


def test_a_suspended_currency_does_not_sell_at_the_base_rate(tmp_path: Path) -> None:
    imports = 'from money.treasury import rate_for\n'
    call = 'rate_for("n/a")'
    fix_and_check(
        tmp_path, _app("money", "treasury", TREASURY, TREASURY_TESTS),
        imports + call,
        imports + _raises_or(call, 'False', "a suspended currency sold at a rate"))


# --- missing-key --------------------------------------------------------------------------

PLANS = '''
    """The public API's accounts and their plans."""

    from __future__ import annotations


    def list_projects(args: dict[str, str], projects: list[str]) -> list[str]:
        """One page of projects: ``limit`` in the query string sets the page size."""
        limit = int(args.get("limit", 50))
        return projects[:limit]


    def may_create_project(plan: dict[str, int], projects: int) -> bool:
        """Whether an account on ``plan`` may create one more project.

        Enterprise plans have no project cap, so they carry no "limit"."""
        return projects < plan["limit"]
'''

PLANS_TESTS = '''
    from api.plans import list_projects, may_create_project


    def test_page() -> None:
        assert list_projects({}, ["a", "b"]) == ["a", "b"]
        assert list_projects({"limit": "1"}, ["a", "b"]) == ["a"]


    def test_cap() -> None:
        assert may_create_project({"limit": 3}, 2) is True
        assert may_create_project({"limit": 3}, 3) is False
'''


def test_an_enterprise_plan_without_a_limit_is_not_capped_at_a_page_size(
        tmp_path: Path) -> None:
    imports = 'from api.plans import may_create_project\n'
    call = 'may_create_project({"name": 1}, 120)'
    fix_and_check(
        tmp_path, _app("api", "plans", PLANS, PLANS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got is True',
                             "an uncapped enterprise plan capped at the page size"))


STOCK = '''
    """Stock levels, and the carts that take from them."""

    from __future__ import annotations

    STOCK: dict[str, int] = {}


    def add_to_cart(cart: dict[str, int], form: dict[str, str]) -> None:
        """A request that leaves the quantity out adds one."""
        cart[form["sku"]] = cart.get(form["sku"], 0) + int(form.get("quantity", 1))


    def sync(row: dict[str, str]) -> None:
        """Apply one row of the warehouse's nightly count.

        A row without a quantity is a shelf the warehouse could not count tonight: the
        stock we have stays as it was."""
        STOCK[row["sku"]] = int(row["quantity"])
'''

STOCK_TESTS = '''
    from depot.stock import STOCK, add_to_cart, sync


    def test_cart() -> None:
        cart: dict[str, int] = {}
        add_to_cart(cart, {"sku": "A1"})
        assert cart == {"A1": 1}


    def test_sync() -> None:
        sync({"sku": "A1", "quantity": "7"})
        assert STOCK["A1"] == 7
'''


def test_a_shelf_not_counted_tonight_keeps_its_stock(tmp_path: Path) -> None:
    imports = 'from depot.stock import STOCK, sync\n'
    check = (imports + 'STOCK["A1"] = 7\n'
             'try:\n    sync({"sku": "A1"})\nexcept Exception:\n    pass\n'
             'assert STOCK["A1"] == 7, f"an uncounted shelf overwritten: {STOCK!r}"\n')
    fix_and_check(
        tmp_path, _app("depot", "stock", STOCK, STOCK_TESTS),
        imports + 'STOCK["A1"] = 7\nsync({"sku": "A1"})',
        check)

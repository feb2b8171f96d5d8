"""Seventh adversarial review: templates that copy what analogous code does.

Each trap is a small app whose crash one of these templates answers by copying sibling
code (a helper, a conversion, a status, an encoder) that looks analogous, while the app's
own words (the crashing function's docstring, a constant, a sibling helper nobody
compares with) say the analogy does not hold here. The hidden assertion checks the
behaviour those words give; a declined fix passes.

``analogous_reads`` (``candidates/analogous_reads.py``):

* ``test_a_guests_email_address_is_not_a_customer_id``: ``id_of`` reads the provider's
  expandable fields; the checkout's own order sends a guest's e-mail address as the plain
  string ``customer``, and the docstring says a guest has no customer id. ``id_of``
  makes the address the customer id and drops it from ``email``;
* ``test_a_customer_that_was_not_expanded_goes_back_to_the_retry_queue``: the receipt
  asks for the customer expanded; the docstring says a bare id means the expansion was
  dropped and the charge is sent back (NotExpanded). ``id_of`` receipts it to nobody.

``analogous_operands`` (``candidates/analogous_operands.py``):

* ``test_payouts_count_on_the_banks_day_not_the_shops``: the only comparison of
  ``created_at`` goes through ``shop_day`` (orders, Paris); payouts are booked on
  ``bank_day`` (New York), as the crashing docstring and a sibling that is no comparison
  say;
* ``test_sales_count_on_the_day_placed_not_the_dispatch_day``: the warehouse's pick list
  compares ``dispatch_day(o.placed_at)`` (after 17:00 it is the next day); the sales
  report counts "the calendar day it was placed in Paris, the date printed on the
  customer's receipt".

``analogous-dict-value`` (``candidates/analogous_dict_values.py``):

* ``test_token_amounts_are_not_exported_through_the_charts_float``: the browser chart
  writes ``"amount": float(t.amount)`` ("a float is plenty to draw a line"); the
  accounting export's docstring says 18 decimal places go out as decimal strings;
* ``test_a_partner_feed_is_not_given_the_time_shown_to_people``: the web card writes
  ``"starts_at": shown(event.starts_at)`` ("For people: ..."); the partner feed's
  docstring says ISO 8601 in UTC for importers. Declined: the error guide's candidate
  for a datetime keeps its backing, and the two disagree.

``analogous_json_values`` (``candidates/analogous_json_values.py``):

* ``test_the_bank_is_not_sent_the_card_processors_cents``: ``card_capture`` writes
  ``"amount": to_cents(amount)`` for the card processor; the bank's transfer order takes
  euros "unlike the card processor", and ``to_cents`` sends a hundredfold transfer;
* ``test_a_refund_is_rounded_down_not_half_up``: ``to_cents`` computes ``amount * 100``
  rounded half up; the refund's docstring says prorated refunds are rounded down, never
  refunding more than was paid. Declined as written: "fractions of a cent" and "never"
  beside "refunded" are words ``generic_backing`` hears, and it drops the helper's
  backing (the contract "returns `int`" counts as generic);
* ``test_a_prorated_refund_is_truncated_not_rounded_half_up``: the same refund, said as
  "truncated to two places, not rounded: the customer gets back at most what they
  paid". None of those words is heard, and ``to_cents`` rounds 10.005 up to 1001.

``framework-convention`` (``candidates/conventions.py``):

* ``test_an_unknown_address_is_not_told_apart_by_a_404``: the other views use
  ``get_object_or_404``; the unsubscribe page's docstring says an address not on the
  list answers like an unsubscribed one, never 404, so nobody can probe the list;
* ``test_a_webhook_payload_is_acknowledged_not_refused``: a sibling view answers bad
  query input with ``abort(400)``; the webhook's docstring says a payload it cannot read
  is kept in REJECTED and acknowledged (200), since the provider retries anything else;
* ``test_an_api_total_is_not_encoded_the_way_the_log_encodes_it``: the log line's
  ``json.dumps(..., default=str)`` is copied into the mobile API, whose docstring says
  ``total`` is a JSON number, never a string.

``empty-aggregate`` (``candidates/empty_aggregates.py``):

* ``test_a_device_quiet_today_keeps_its_last_seen``: ``last_seen`` is "None until the
  device's first heartbeat"; ``today`` holds today's heartbeats only, and the docstring
  says a device quiet today shows the ``last_seen`` it had. ``default=None`` makes a
  device seen yesterday look never seen;
* ``test_a_saturated_sensor_reports_its_ceiling_not_no_peak``: ``peak`` is "None when the
  batch holds no reading", but the crash is a batch whose readings are all saturated,
  for which the same docstring gives ``SENSOR_MAX``; ``default=None`` treats a batch of
  readings as an empty one (the explanation even says "When `readings` is empty").

``test_a_partner_feed_is_not_given_the_time_shown_to_people`` and
``test_a_refund_is_rounded_down_not_half_up`` are declined by the engine; the other 12
traps failed as written: each template reported ``fixed`` with the wrong behaviour.

All 14 pass since ``candidates/borrowed_backing.py``: a candidate backed by other code's
handling (analogous-handling, analogous-dict-value, framework-convention, empty-aggregate)
loses its backing where the crashing function's docstring says more than a one-line
summary, and an error guide's where the docstring refuses its answer ("never a 404").
``empty_aggregates.py`` no longer reads a filtered generator's emptiness as the data's.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

# --- analogous_reads ----------------------------------------------------------------------

EXPAND = '''
    """Expandable fields of the payment provider's objects: ``customer`` or ``charge`` hold
    the object's id, a string, unless the request expanded them into the object itself."""

    from __future__ import annotations

    from typing import Any

    Expandable = str | dict[str, Any] | None


    def id_of(value: Expandable) -> str | None:
        """The referred object's id, whether the field was expanded or not."""
        if isinstance(value, dict):
            return str(value["id"])
        return value
'''

ORDERS = '''
    """Orders: refunds from the payment provider, orders from our own checkout page."""

    from __future__ import annotations

    from typing import Any

    from pay.expand import id_of


    def parse_refund(data: dict[str, Any]) -> dict[str, Any]:
        """A refund event from the payment provider."""
        return {"id": data["id"], "charge_id": id_of(data["charge"])}


    def parse_order(data: dict[str, Any]) -> dict[str, Any]:
        """An order posted by our own checkout page (not the provider's API).

        ``customer`` is the signed-in customer's record. A guest checks out with an e-mail
        address alone, which comes as a plain string: a guest has no customer id (None),
        and the address is where the receipt goes."""
        customer = data.get("customer")
        return {
            "id": data["id"],
            "customer_id": customer["id"] if customer else None,
            "email": customer.get("email") if customer else None,
        }
'''

ORDERS_TESTS = '''
    from pay.orders import parse_order, parse_refund


    def test_signed_in_order() -> None:
        data = {"id": "o1", "customer": {"id": "c7", "email": "bo@example.com"}}
        assert parse_order(data) == {"id": "o1", "customer_id": "c7",
                                     "email": "bo@example.com"}


    def test_refund() -> None:
        assert parse_refund({"id": "r1", "charge": "ch_1"})["charge_id"] == "ch_1"
'''


# id_of's parameter takes a string and its module names ``customer``; the sibling reads
# ``data["charge"]`` of the same `data: dict[str, Any]` through it. Here the string is not
# an id at all.
def test_a_guests_email_address_is_not_a_customer_id(tmp_path: Path) -> None:
    imports = "from pay.orders import parse_order\n"
    guest = '{"id": "o2", "customer": "ann@example.com"}'
    fix_and_check(
        tmp_path, _app("pay", "orders", ORDERS, ORDERS_TESTS, {"pay/expand.py": EXPAND}),
        imports + f"parse_order({guest})",
        imports + _raises_or(f"parse_order({guest})",
                             'got["customer_id"] != "ann@example.com"',
                             "a guest's e-mail address became the customer id"))


RECEIPTS = '''
    """Receipts for paid charges."""

    from __future__ import annotations

    from typing import Any

    from pay.expand import id_of


    class NotExpanded(Exception):
        """A charge fetched without the expansion it was asked with: retried later."""


    def parse_refund(data: dict[str, Any]) -> dict[str, Any]:
        """A refund event from the payment provider."""
        return {"id": data["id"], "charge_id": id_of(data["charge"])}


    def receipt_for(data: dict[str, Any]) -> dict[str, Any]:
        """The receipt of a paid charge.

        The charge is fetched with ``expand=["customer"]``, since the receipt needs the
        customer's e-mail. A customer that arrives as a bare id means the expansion was
        dropped: the charge goes back to the retry queue with NotExpanded rather than
        being receipted to nobody. A charge without a customer (a terminal sale) has no
        receipt address."""
        customer = data.get("customer")
        return {
            "charge_id": data["id"],
            "customer_id": customer["id"] if customer else None,
            "email": customer.get("email") if customer else None,
        }
'''

RECEIPTS_TESTS = '''
    from pay.receipts import receipt_for


    def test_receipt() -> None:
        data = {"id": "ch_1", "customer": {"id": "c7", "email": "bo@example.com"}}
        assert receipt_for(data)["email"] == "bo@example.com"


    def test_terminal_sale() -> None:
        assert receipt_for({"id": "ch_2", "customer": None})["email"] is None
'''


def test_a_customer_that_was_not_expanded_goes_back_to_the_retry_queue(
        tmp_path: Path) -> None:
    imports = "from pay.receipts import receipt_for\n"
    bare = '{"id": "ch_3", "customer": "cus_NffrFeUfNV2Hib"}'
    fix_and_check(
        tmp_path,
        _app("pay", "receipts", RECEIPTS, RECEIPTS_TESTS, {"pay/expand.py": EXPAND}),
        imports + f"receipt_for({bare})",
        imports + _raises_or(f"receipt_for({bare})", 'got["email"] is not None',
                             "a charge whose customer was not expanded got a receipt "
                             "to nobody"))


# --- analogous_operands -------------------------------------------------------------------

BANK_CALENDAR = '''
    """Calendar days: the shop's (Paris) for orders, the bank's (New York) for payouts."""

    from __future__ import annotations

    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    SHOP_TZ = ZoneInfo("Europe/Paris")
    BANK_TZ = ZoneInfo("America/New_York")


    def shop_day(moment: datetime) -> date:
        """The shop's calendar day of ``moment``."""
        return moment.astimezone(SHOP_TZ).date()


    def bank_day(moment: datetime) -> date:
        """The day the bank books ``moment`` on: its own calendar, in New York."""
        return moment.astimezone(BANK_TZ).date()
'''

PAYOUTS = '''
    """Orders and payouts, for the month's reconciliation."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime

    from shop.calendar import bank_day, shop_day


    @dataclass
    class Order:
        id: str
        created_at: datetime


    @dataclass
    class Payout:
        id: str
        created_at: datetime


    def orders_on(orders: list[Order], day: date) -> list[Order]:
        return [o for o in orders if shop_day(o.created_at) == day]


    def statement_lines(payouts: list[Payout]) -> list[dict[str, str]]:
        """Payouts as the bank statement lists them, each on the day the bank booked it."""
        return [{"id": p.id, "booked_on": bank_day(p.created_at).isoformat()}
                for p in payouts]


    def payouts_since(payouts: list[Payout], first_day: date) -> list[Payout]:
        """Payouts since ``first_day``, matched against the bank statement: a payout
        counts on the day the bank books it, not on the shop's day."""
        return [p for p in payouts if p.created_at >= first_day]
'''

PAYOUTS_TESTS = '''
    from datetime import date, datetime, timezone

    from shop.payouts import Order, Payout, orders_on, statement_lines


    def test_orders_on() -> None:
        order = Order("o1", datetime(2024, 3, 1, 12, tzinfo=timezone.utc))
        assert orders_on([order], date(2024, 3, 1)) == [order]


    def test_statement_lines() -> None:
        payout = Payout("p1", datetime(2024, 3, 1, 12, tzinfo=timezone.utc))
        assert statement_lines([payout]) == [{"id": "p1", "booked_on": "2024-03-01"}]
'''


def test_payouts_count_on_the_banks_day_not_the_shops(tmp_path: Path) -> None:
    # 02:00 UTC on 1 March: 03:00 in Paris, but still 29 February in New York.
    setup = ("from datetime import date, datetime, timezone\n"
             "from shop.payouts import Payout, payouts_since\n"
             'late = Payout("p2", datetime(2024, 3, 1, 2, tzinfo=timezone.utc))\n')
    fix_and_check(
        tmp_path, _app("shop", "payouts", PAYOUTS, PAYOUTS_TESTS,
                       {"shop/calendar.py": BANK_CALENDAR}),
        setup + "payouts_since([late], date(2024, 3, 1))",
        setup + _raises_or("payouts_since([late], date(2024, 3, 1))", "got == []",
                           "a payout the bank booked on 29 February counted in March"))


DISPATCH_CALENDAR = '''
    """The shop's days. The shop is in Paris; the warehouse dispatches until 17:00."""

    from __future__ import annotations

    from datetime import date, datetime, time, timedelta
    from zoneinfo import ZoneInfo

    SHOP_TZ = ZoneInfo("Europe/Paris")
    #: Orders placed from this time on are dispatched the next day.
    CUTOFF = time(17)


    def shop_day(moment: datetime) -> date:
        """The calendar day of ``moment`` in Paris."""
        return moment.astimezone(SHOP_TZ).date()


    def dispatch_day(moment: datetime) -> date:
        """The day an order placed at ``moment`` leaves the warehouse: orders placed after
        the cut-off go out the next day."""
        local = moment.astimezone(SHOP_TZ)
        return local.date() + timedelta(days=1) if local.time() >= CUTOFF else local.date()
'''

SALES = '''
    """The warehouse's pick lists and the sales report."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime

    from shop.calendar import dispatch_day, shop_day


    @dataclass
    class Order:
        id: str
        placed_at: datetime


    def pick_list(orders: list[Order], day: date) -> list[str]:
        """The orders the warehouse packs on ``day``."""
        return [o.id for o in orders if dispatch_day(o.placed_at) == day]


    def receipt_date(order: Order) -> str:
        return shop_day(order.placed_at).strftime("%d/%m/%Y")


    def placed_since(orders: list[Order], first_day: date) -> list[Order]:
        """Month-to-date sales: an order counts on the calendar day it was placed in
        Paris, the date printed on the customer's receipt."""
        return [o for o in orders if o.placed_at >= first_day]
'''

SALES_TESTS = '''
    from datetime import date, datetime, timezone

    from shop.sales import Order, pick_list, receipt_date


    def test_pick_list() -> None:
        order = Order("o1", datetime(2024, 3, 1, 9, tzinfo=timezone.utc))
        assert pick_list([order], date(2024, 3, 1)) == ["o1"]


    def test_receipt_date() -> None:
        order = Order("o1", datetime(2024, 3, 1, 9, tzinfo=timezone.utc))
        assert receipt_date(order) == "01/03/2024"
'''


def test_sales_count_on_the_day_placed_not_the_dispatch_day(tmp_path: Path) -> None:
    # 18:30 in Paris on 29 February: the receipt says 29/02, it leaves on 1 March.
    setup = ("from datetime import date, datetime, timezone\n"
             "from shop.sales import Order, placed_since\n"
             'late = Order("o2", datetime(2024, 2, 29, 17, 30, tzinfo=timezone.utc))\n')
    fix_and_check(
        tmp_path, _app("shop", "sales", SALES, SALES_TESTS,
                       {"shop/calendar.py": DISPATCH_CALENDAR}),
        setup + "placed_since([late], date(2024, 3, 1))",
        setup + _raises_or("placed_since([late], date(2024, 3, 1))", "got == []",
                           "a February sale counted in March's sales"))


# --- analogous-dict-value -----------------------------------------------------------------

TRANSFERS = '''
    """What the wallet sends to the browser, and the accounting export."""

    from __future__ import annotations

    import json
    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass
    class Transfer:
        id: str
        #: In tokens, to 18 decimal places.
        amount: Decimal


    def chart_point(t: Transfer) -> str:
        """A point of the balance chart in the browser: a float is plenty to draw a line."""
        return json.dumps({"id": t.id, "amount": float(t.amount)})


    def export_line(t: Transfer) -> str:
        """One line of the accounting export. Token amounts have 18 decimal places and
        must reconcile to the last one, which a float (about 16 digits) cannot hold: the
        export writes them as decimal strings."""
        return json.dumps({"id": t.id, "amount": t.amount})
'''

TRANSFERS_TESTS = '''
    import json
    from decimal import Decimal

    from wallet.transfers import Transfer, chart_point


    def test_chart_point() -> None:
        assert json.loads(chart_point(Transfer("t1", Decimal("1.5"))))["amount"] == 1.5
'''


def test_token_amounts_are_not_exported_through_the_charts_float(tmp_path: Path) -> None:
    setup = ("import json\nfrom decimal import Decimal\n"
             "from wallet.transfers import Transfer, export_line\n"
             'transfer = Transfer("t2", Decimal("0.123456789012345678"))\n')
    fix_and_check(
        tmp_path, _app("wallet", "transfers", TRANSFERS, TRANSFERS_TESTS),
        setup + "export_line(transfer)",
        setup + _raises_or('json.loads(export_line(transfer))["amount"]',
                           'Decimal(str(got)) == Decimal("0.123456789012345678")',
                           "the export lost the amount's last decimal places"))


EVENTS = '''
    """Event listings: cards on our web page, and the feed partners import."""

    from __future__ import annotations

    import json
    from dataclasses import dataclass
    from datetime import datetime
    from zoneinfo import ZoneInfo

    SHOP_TZ = ZoneInfo("Europe/Paris")


    @dataclass
    class Event:
        id: int
        title: str
        starts_at: datetime


    def shown(moment: datetime) -> str:
        """For people: "01 Mar 2024, 13:00", in the shop's zone."""
        return moment.astimezone(SHOP_TZ).strftime("%d %b %Y, %H:%M")


    def card(event: Event) -> str:
        """The event's card on the web page."""
        return json.dumps({"title": event.title, "starts_at": shown(event.starts_at)})


    def feed_item(event: Event) -> str:
        """One item of the feed partners import. Machines read it: ``starts_at`` is
        ISO 8601 in UTC, which their importers parse."""
        return json.dumps({"id": event.id, "title": event.title,
                           "starts_at": event.starts_at})
'''

EVENTS_TESTS = '''
    import json
    from datetime import datetime, timezone

    from listings.events import Event, card


    def test_card() -> None:
        event = Event(1, "Tasting", datetime(2024, 3, 1, 12, tzinfo=timezone.utc))
        assert json.loads(card(event))["starts_at"] == "01 Mar 2024, 13:00"
'''


def test_a_partner_feed_is_not_given_the_time_shown_to_people(tmp_path: Path) -> None:
    setup = ("import json\nfrom datetime import datetime, timezone\n"
             "from listings.events import Event, feed_item\n"
             'event = Event(2, "Market", datetime(2024, 3, 1, 12, tzinfo=timezone.utc))\n')
    fix_and_check(
        tmp_path, _app("listings", "events", EVENTS, EVENTS_TESTS),
        setup + "feed_item(event)",
        setup + _raises_or('json.loads(feed_item(event))["starts_at"]',
                           "datetime.fromisoformat(got) == event.starts_at",
                           "the partner feed got a time for people, not ISO 8601"))


# --- analogous_json_values ----------------------------------------------------------------

PARTNERS = '''
    """Messages to our two payment partners: the card processor and the bank."""

    from __future__ import annotations

    import json
    from decimal import ROUND_HALF_UP, Decimal


    def to_cents(amount: Decimal) -> int:
        """``amount`` in euros as whole cents, half a cent rounded up."""
        return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


    def card_capture(reference: str, amount: Decimal) -> str:
        """A capture for the card processor, which takes amounts in cents."""
        return json.dumps({"reference": reference, "amount": to_cents(amount)})


    def bank_transfer(reference: str, amount: Decimal) -> str:
        """A SEPA transfer order. Unlike the card processor, the bank's API takes the
        amount in euros, as a string with two decimals ("12.45")."""
        return json.dumps({"reference": reference, "amount": amount})
'''

PARTNERS_TESTS = '''
    import json
    from decimal import Decimal

    from pay.partners import card_capture


    def test_card_capture() -> None:
        assert json.loads(card_capture("c1", Decimal("12.45")))["amount"] == 1245
'''


def test_the_bank_is_not_sent_the_card_processors_cents(tmp_path: Path) -> None:
    setup = ("import json\nfrom decimal import Decimal\n"
             "from pay.partners import bank_transfer\n")
    fix_and_check(
        tmp_path, _app("pay", "partners", PARTNERS, PARTNERS_TESTS),
        setup + 'bank_transfer("t1", Decimal("12.45"))',
        setup + _raises_or('json.loads(bank_transfer("t1", Decimal("12.45")))["amount"]',
                           'Decimal(str(got)) == Decimal("12.45")',
                           "a transfer of 12.45 euros was ordered as"))


REFUNDS = '''
    """Messages to the card processor."""

    from __future__ import annotations

    import json
    from decimal import ROUND_HALF_UP, Decimal


    def to_cents(amount: Decimal) -> int:
        """``amount`` in euros as whole cents, half a cent rounded up."""
        return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


    def capture_message(reference: str, total: Decimal) -> str:
        return json.dumps({"type": "capture", "reference": reference,
                           "amount_cents": to_cents(total)})


    def refund_message(reference: str, amount: Decimal) -> str:
        """A refund. Refunds are prorated, so ``amount`` can hold fractions of a cent; it
        is rounded down to the cent: a customer is never refunded more than they paid."""
        return json.dumps({"type": "refund", "reference": reference,
                           "amount_cents": amount * 100})
'''

REFUNDS_TESTS = '''
    import json
    from decimal import Decimal

    from pay.processor import capture_message


    def test_capture() -> None:
        assert json.loads(capture_message("c1", Decimal("12.45")))["amount_cents"] == 1245
'''


def test_a_refund_is_rounded_down_not_half_up(tmp_path: Path) -> None:
    setup = ("import json\nfrom decimal import Decimal\n"
             "from pay.processor import refund_message\n")
    fix_and_check(
        tmp_path, _app("pay", "processor", REFUNDS, REFUNDS_TESTS),
        setup + 'refund_message("r1", Decimal("10.005"))',
        setup + _raises_or(
            'json.loads(refund_message("r1", Decimal("10.005")))["amount_cents"]',
            "Decimal(str(got)) == 1000", "a refund of 10.005 euros was rounded up to"))


# The same refund in other words. Above, "fractions of a cent" and "never" beside
# "refunded" are words generic_backing reads as the app speaking of the case, so the
# helper's backing is dropped and the engine declines; a docstring that says "truncated,
# not rounded" has none of them.
TRUNCATED = REFUNDS.replace(
    """A refund. Refunds are prorated, so ``amount`` can hold fractions of a cent; it
        is rounded down to the cent: a customer is never refunded more than they paid.""",
    """A refund. Refunds are prorated by the day, and a prorated amount is truncated
        to two places, not rounded: the customer gets back at most what they paid.""")


def test_a_prorated_refund_is_truncated_not_rounded_half_up(tmp_path: Path) -> None:
    assert TRUNCATED != REFUNDS
    setup = ("import json\nfrom decimal import Decimal\n"
             "from pay.processor import refund_message\n")
    fix_and_check(
        tmp_path, _app("pay", "processor", TRUNCATED, REFUNDS_TESTS),
        setup + 'refund_message("r1", Decimal("10.005"))',
        setup + _raises_or(
            'json.loads(refund_message("r1", Decimal("10.005")))["amount_cents"]',
            "Decimal(str(got)) == 1000", "a refund of 10.005 euros was rounded up to"))


# --- framework-convention -----------------------------------------------------------------

LETTERS = {
    **django_site("letters"),
    "site_conf/urls.py": '''
        from django.urls import path

        from letters import views

        urlpatterns = [path("issues/<int:number>/", views.issue),
                       path("subscription/<str:email>/", views.subscription)]
    ''',
    "letters/__init__.py": "",
    "letters/models.py": '''
        from django.db import models


        class Issue(models.Model):
            number = models.IntegerField(unique=True)
            title = models.CharField(max_length=80)

            class Meta:
                app_label = "letters"


        class Subscription(models.Model):
            email = models.CharField(max_length=120, unique=True)
            active = models.BooleanField(default=True)

            class Meta:
                app_label = "letters"
    ''',
    "letters/views.py": '''
        """The newsletter's pages."""

        from django.http import HttpRequest, JsonResponse
        from django.shortcuts import get_object_or_404

        from letters.models import Issue, Subscription


        def issue(request: HttpRequest, number: int) -> JsonResponse:
            found = get_object_or_404(Issue, number=number)
            return JsonResponse({"number": found.number, "title": found.title})


        def subscription(request: HttpRequest, email: str) -> JsonResponse:
            """Whether ``email`` gets the newsletter, for the unsubscribe page.

            An address that is not on the list answers like an unsubscribed one,
            {"subscribed": false}, never a 404: the page must not tell whoever types in an
            address whether it is on our list."""
            found = Subscription.objects.get(email=email)
            return JsonResponse({"subscribed": found.active})
    ''',
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_letters.py": '''
        from django.test import Client

        from letters.models import Issue, Subscription


        def test_issue() -> None:
            Issue.objects.create(number=1, title="Spring")
            assert Client().get("/issues/1/").json() == {"number": 1, "title": "Spring"}


        def test_subscribed() -> None:
            Subscription.objects.create(email="bo@example.com")
            assert Client().get("/subscription/bo@example.com/").json() == {
                "subscribed": True}
    ''',
}

DJANGO_SETUP = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
"""


def test_an_unknown_address_is_not_told_apart_by_a_404(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, LETTERS, DJANGO_SETUP + 'Client().get("/subscription/eve@example.com/")',
        DJANGO_SETUP + 'response = Client(raise_request_exception=False).get('
                       '"/subscription/eve@example.com/")\n'
                       "assert response.status_code == 200, response.status_code\n"
                       'assert response.json() == {"subscribed": False}, response.content\n',
        framework="django")


HOOKS = '''
    """The shop's API, and the payment provider's webhook."""

    from decimal import Decimal

    from flask import Flask, abort, request

    app = Flask(__name__)
    PAID: dict[str, Decimal] = {}
    #: Deliveries we could not read, kept for someone to look at.
    REJECTED: list[str] = []


    @app.get("/orders")
    def orders():
        limit = request.args.get("limit", "20")
        if not limit.isdigit():
            abort(400)
        return {"limit": int(limit)}


    @app.post("/hooks/payment")
    def payment_hook():
        """The payment provider's webhook. The provider retries every delivery that does
        not get a 2xx, hourly for three days: a payload we cannot read is kept in REJECTED
        and acknowledged (200) all the same, or it would keep coming back."""
        payload = request.get_json()
        cents = int(payload["amount_cents"])
        PAID[payload["order"]] = Decimal(cents) / 100
        return {"ok": True}
'''

HOOKS_TESTS = '''
    from decimal import Decimal

    from hooks import PAID, app


    def test_orders() -> None:
        assert app.test_client().get("/orders?limit=5").get_json() == {"limit": 5}


    def test_payment_hook() -> None:
        client = app.test_client()
        response = client.post("/hooks/payment", json={"order": "o1", "amount_cents": "1245"})
        assert response.status_code == 200
        assert PAID["o1"] == Decimal("12.45")
'''


def test_a_webhook_payload_is_acknowledged_not_refused(tmp_path: Path) -> None:
    post = ('app.test_client().post("/hooks/payment", '
            'json={"order": "o2", "amount_cents": "12,45"})')
    fix_and_check(
        tmp_path, {"hooks/__init__.py": HOOKS, "tests/__init__.py": "",
                   "tests/test_hooks.py": HOOKS_TESTS},
        "from hooks import app\n" + post,
        "from hooks import app\n" + f"response = {post}\n"
        "assert response.status_code != 400, 'the provider will retry it for three days'\n",
        framework="flask")


API = '''
    """The order as the mobile app's API gives it, and the order log."""

    from __future__ import annotations

    import json
    import logging
    from typing import Any

    log = logging.getLogger(__name__)


    def log_order(order: dict[str, Any]) -> None:
        """The order as it stood, for the log: anything goes, as text if need be."""
        log.info("order %s", json.dumps(order, default=str))


    def api_order(order: dict[str, Any]) -> str:
        """The order for the mobile app. ``total`` is a JSON number, never a string: the
        app adds totals up."""
        return json.dumps({"id": order["id"], "total": order["total"]})
'''

API_TESTS = '''
    import json

    from orders.api import api_order, log_order


    def test_api_order() -> None:
        assert json.loads(api_order({"id": 1, "total": 12})) == {"id": 1, "total": 12}


    def test_log_order() -> None:
        log_order({"id": 1, "total": 12})
'''


def test_an_api_total_is_not_encoded_the_way_the_log_encodes_it(tmp_path: Path) -> None:
    setup = ("import json\nfrom decimal import Decimal\n"
             "from orders.api import api_order\n")
    call = 'json.loads(api_order({"id": 2, "total": Decimal("12.45")}))["total"]'
    fix_and_check(
        tmp_path, _app("orders", "api", API, API_TESTS),
        setup + 'api_order({"id": 2, "total": Decimal("12.45")})',
        setup + _raises_or(call, "isinstance(got, (int, float)) and "
                                 'Decimal(str(got)) == Decimal("12.45")',
                           "the API's total is not the number 12.45"))


# --- empty-aggregate ----------------------------------------------------------------------

DEVICES = '''
    """The devices dashboard."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass(frozen=True)
    class Heartbeat:
        at: datetime


    @dataclass
    class Device:
        name: str
        #: When it was last heard from, kept by the nightly archive job.
        last_seen: datetime | None


    @dataclass(frozen=True)
    class Tile:
        name: str
        #: None until the device's first heartbeat.
        last_seen: datetime | None


    def tile(device: Device, today: list[Heartbeat]) -> Tile:
        """The device's tile. ``today`` holds today's heartbeats only: older ones are
        archived each night, which keeps ``device.last_seen``. A device quiet today shows
        the ``last_seen`` it had."""
        last_seen = max(h.at for h in today)
        return Tile(name=device.name, last_seen=last_seen)
'''

DEVICES_TESTS = '''
    from datetime import datetime, timezone

    from devices.dashboard import Device, Heartbeat, Tile, tile


    def test_tile() -> None:
        at = datetime(2024, 3, 1, 9, tzinfo=timezone.utc)
        assert tile(Device("pump", None), [Heartbeat(at)]) == Tile("pump", at)
'''


def test_a_device_quiet_today_keeps_its_last_seen(tmp_path: Path) -> None:
    setup = ("from datetime import datetime, timezone\n"
             "from devices.dashboard import Device, tile\n"
             "yesterday = datetime(2024, 2, 29, 22, tzinfo=timezone.utc)\n")
    fix_and_check(
        tmp_path, _app("devices", "dashboard", DEVICES, DEVICES_TESTS),
        setup + 'tile(Device("pump", yesterday), [])',
        setup + _raises_or('tile(Device("pump", yesterday), [])', "got.last_seen == yesterday",
                           "a device seen yesterday shows as never seen"))


SENSORS = '''
    """Summaries of the cold room's uploads."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The probe reads no higher than this; a reading at it is flagged saturated.
    SENSOR_MAX = 125.0


    @dataclass(frozen=True)
    class Reading:
        celsius: float
        saturated: bool = False


    @dataclass(frozen=True)
    class Summary:
        """One upload. ``peak`` is None when the batch holds no reading. Saturated
        readings are left out of ``peak``; when every reading is saturated, ``peak`` is
        SENSOR_MAX, since the room was at least that hot."""

        count: int
        peak: float | None


    def summarise(readings: list[Reading]) -> Summary:
        peak = max(r.celsius for r in readings if not r.saturated)
        return Summary(count=len(readings), peak=peak)
'''

SENSORS_TESTS = '''
    from sensors.summary import Reading, Summary, summarise


    def test_summarise() -> None:
        readings = [Reading(3.5), Reading(125.0, saturated=True), Reading(4.0)]
        assert summarise(readings) == Summary(count=3, peak=4.0)
'''


def test_a_saturated_sensor_reports_its_ceiling_not_no_peak(tmp_path: Path) -> None:
    setup = ("from sensors.summary import SENSOR_MAX, Reading, summarise\n"
             "hot = [Reading(125.0, saturated=True), Reading(125.0, saturated=True)]\n")
    fix_and_check(
        tmp_path, _app("sensors", "summary", SENSORS, SENSORS_TESTS),
        setup + "summarise(hot)",
        setup + _raises_or("summarise(hot)", "got.peak == SENSOR_MAX",
                           "a batch of saturated readings reads as an empty one"))

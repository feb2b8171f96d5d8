"""Sixth adversarial review: four annotation- and contract-backed templates.

Each trap is a small app whose crash one of these templates turns into a patch that passes
the app's tests and the reproduction, while the app's own words (a docstring, a comment, a
constant, a sibling function) say the patched behaviour is wrong. The hidden assertion
checks the behaviour those words give; a declined fix passes.

``json-int-keys`` (``candidates/json_int_keys.py``):

* ``test_an_unknown_zone_refused_in_other_words_keeps_its_answer``: the crashing function
  says an unknown zone "is refused with UnknownZone" (no word "raise"), so the loader fix
  alone is proposed and an unknown zone stays a bare KeyError;
* ``test_an_unpriced_zone_keeps_its_flat_fare``: the documented answer is no raise but
  "FLAT_FARE for a zone the fares office has not priced", in words ``generic_backing``
  does not read as absence; the loader fix is reported alone (contract: the annotation)
  and an unpriced zone is still a KeyError;
* ``test_the_documented_sibling_is_not_a_different_total``: the docstring names
  ``invoice_total`` only for its raise, and says the basket is before VAT; the delegate
  swaps the basket's whole expression for the invoice's VAT-inclusive total;
* ``test_a_reader_that_keeps_text_keys_is_not_broken``: the module says the stock file is
  keyed by text and a sibling reads it with ``str(sku)``; ``int(sku)`` in the loader
  makes that sibling a KeyError for every SKU.

``duration-units`` (``candidates/duration_units.py``):

* ``test_payment_terms_in_working_days_skip_weekends``: "in working days: weekends do not
  count", and the module has ``add_working_days``; the fix adds calendar days;
* ``test_a_unix_timestamp_is_a_moment_not_a_duration``: ``BUILD_TIMESTAMP`` is "Unix
  time ... in seconds", a moment; ``now - timedelta(seconds=BUILD_TIMESTAMP)`` is a date
  in 1970, returned where ``-> timedelta`` (the uptime) is declared;
* ``test_the_second_reminder_counts_nights_not_seconds``: ``SECOND_REMINDER`` ("the
  second reminder goes out this many nights before arrival", beside ``FIRST_REMINDER =
  timedelta(days=7)``) has "second" read as the unit;
* ``test_a_cutoff_hour_is_not_a_number_of_days``: ``SAME_DAY_CUTOFF = 14`` is a time of
  day ("14 is 2 pm"); the name's "DAY" and the comment's "same day" make it
  ``timedelta(days=14)``, and every order ships "the same day".

``sibling-argument`` (``candidates/sibling_arguments.py``):

* ``test_a_carriers_quote_is_shown_in_the_carriers_currency``: the siblings pass
  ``order.currency``; the docstring says the delivery line is in ``quote.currency``;
* ``test_an_invitation_is_not_written_in_the_inviters_language``: the siblings pass
  ``user.locale`` to the user they write to; the invitation goes to someone else, in
  ``SITE_LOCALE`` as its docstring says, not in the inviter's language;
* ``test_audit_lines_stay_in_utc_whoever_acted``: keyword-only ``tz=``: the siblings
  show times in the reader's zone; the audit log is UTC "whoever acted".

``setting-types`` (``candidates/setting_types.py``):

* ``test_a_sale_discount_set_as_a_whole_number_is_not_a_share``: the comment says
  ``SALE_DISCOUNT=15`` takes 15 % off; ``float()`` makes the price negative;
* ``test_a_sample_rate_between_0_and_1_is_not_read_as_an_int``: the fallback ``1`` is
  an int, the comment says "from 0 to 1: 0.05 traces one request in twenty";
  ``int("0.05")`` stops the app at import;
* ``test_a_duration_with_a_unit_is_read_by_parse_duration``: ``timeout: int`` backs
  ``int()``, but the module says durations are written "90s", "5m" and read by
  ``parse_duration`` (a sibling setting is); ``int("2m")`` fails. This one goes through
  ``generic_backing``: the contract is the annotation alone.

``generic_backing`` (``candidates/generic_backing.py``) sees only the candidates whose
contract is an annotation: here the three ``json-int-keys`` traps whose loader fix stands
alone and the ``parse_duration`` trap. In each, the app's sentence on the case has none of
the filter's words of absence or units ("refused with", "has not priced", "keyed ... as
text", "written with a unit"), so the backing stays. The other templates' contracts (a
constant's name or comment, sibling calls, "the module's other settings are converted",
a docstring naming a sibling) are not generic, and the filter never looks at them.

As written, all 14 traps fail: each template reports ``fixed`` with the wrong behaviour.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or

# --- json-int-keys ------------------------------------------------------------------------

FARE_TABLE = '''
    """The fare table, as the fares office publishes it."""

    from __future__ import annotations

    import json

    Fares = dict[int, int]


    def load_fares(text: str) -> Fares:
        """The stored fare table: what a ride through each zone costs, by zone number."""
        return {zone: int(price) for zone, price in json.loads(text).items()}
'''

TRIPS = '''
    """Journeys on the tram network."""

    from __future__ import annotations

    from fares.table import load_fares


    class UnknownZone(LookupError):
        """A zone the fares office has not priced."""


    def trip_cost(zones: list[int], stored: str) -> int:
        """What a trip through ``zones`` costs: the sum of each zone's fare.

        A zone outside the table is refused with UnknownZone, and the ticket machine then
        sends the rider to the counter."""
        fares = load_fares(stored)
        return sum(fares[zone] for zone in zones)
'''

TRIPS_TESTS = '''
    import json

    from fares.trips import trip_cost


    def test_empty_trip() -> None:
        assert trip_cost([], json.dumps({})) == 0
'''


# `\\braise[sd]?\\b` is how json_int_keys hears the documented answer; "is refused with"
# says the same and is not heard, so the loader fix is proposed alone.
def test_an_unknown_zone_refused_in_other_words_keeps_its_answer(tmp_path: Path) -> None:
    imports = 'import json\nfrom fares.trips import UnknownZone, trip_cost\n'
    fix_and_check(
        tmp_path, _app("fares", "trips", TRIPS, TRIPS_TESTS, {"fares/table.py": FARE_TABLE}),
        imports + 'trip_cost([1, 2], json.dumps({1: 250, 2: 180}))',
        imports + "assert trip_cost([1, 2], json.dumps({1: 250, 2: 180})) == 430\n"
        "try:\n    trip_cost([1, 9], json.dumps({1: 250}))\n"
        "except UnknownZone:\n    pass\n"
        "else:\n    raise AssertionError('an unknown zone was not refused with UnknownZone')\n")


TRIPS_FLAT = '''
    """Journeys on the tram network."""

    from __future__ import annotations

    from fares.table import load_fares

    #: What a ride through a zone the fares office has not priced costs: the flat fare.
    FLAT_FARE = 300


    def trip_cost(zones: list[int], stored: str) -> int:
        """What a trip through ``zones`` costs: the sum of each zone's fare, with
        FLAT_FARE for a zone the fares office has not priced."""
        fares = load_fares(stored)
        return sum(fares[zone] for zone in zones)
'''


# No raise this time: the docstring's answer for an unpriced zone is the flat fare, in
# words the post-filter does not read as absence ("has not priced"), so the loader fix is
# reported alone and an unpriced zone is still a KeyError.
def test_an_unpriced_zone_keeps_its_flat_fare(tmp_path: Path) -> None:
    imports = 'import json\nfrom fares.trips import trip_cost\n'
    fix_and_check(
        tmp_path, _app("fares", "trips", TRIPS_FLAT, TRIPS_TESTS,
                       {"fares/table.py": FARE_TABLE}),
        imports + 'trip_cost([1, 2], json.dumps({1: 250, 2: 180}))',
        imports + "assert trip_cost([1, 2], json.dumps({1: 250, 2: 180})) == 430\n"
        "got = trip_cost([1, 9], json.dumps({1: 250}))\n"
        "assert got == 550, f'an unpriced zone not charged the flat fare: {got!r}'\n")


BASKETS = '''
    """The shop's baskets and invoices."""

    from __future__ import annotations

    import json
    from decimal import Decimal

    #: VAT, added on the invoice.
    VAT = Decimal("0.20")

    PriceList = dict[int, Decimal]


    class UnknownProduct(LookupError):
        """A product id that is not on the price list."""


    def load_prices(text: str) -> PriceList:
        """The stored price list: each product's price before VAT, by product id."""
        return {product_id: Decimal(price) for product_id, price in json.loads(text).items()}


    def invoice_total(lines: list[tuple[int, int]], prices: PriceList) -> Decimal:
        """What the customer is invoiced for ``lines`` (product id, quantity), VAT
        included."""
        total = Decimal(0)
        for product_id, quantity in lines:
            if product_id not in prices:
                raise UnknownProduct(product_id)
            total += prices[product_id] * quantity
        return (total * (1 + VAT)).quantize(Decimal("0.01"))


    def basket_total(lines: list[tuple[int, int]], stored: str) -> Decimal:
        """The basket's subtotal, before VAT: the basket page shows VAT on a line of its
        own. An unlisted product raises UnknownProduct, as in :func:`invoice_total`."""
        prices = load_prices(stored)
        return sum((prices[product_id] * quantity for product_id, quantity in lines),
                   Decimal(0))
'''

BASKETS_TESTS = '''
    import json
    from decimal import Decimal

    from shop.baskets import basket_total, invoice_total


    def test_empty_basket() -> None:
        assert basket_total([], json.dumps({})) == 0


    def test_invoice_total() -> None:
        assert invoice_total([(7, 2)], {7: Decimal("10.00")}) == Decimal("24.00")
'''


# The delegate is chosen because the docstring names `invoice_total` for its raise and the
# sibling reads `prices[product_id]` under `not in`; that the sibling answers another
# question (VAT included, the docstring says the basket is before VAT) is not looked at.
def test_the_documented_sibling_is_not_a_different_total(tmp_path: Path) -> None:
    imports = 'import json\nfrom decimal import Decimal\nfrom shop.baskets import basket_total\n'
    call = 'basket_total([(1042, 2)], json.dumps({"1042": "9.90"}))'
    fix_and_check(
        tmp_path, _app("shop", "baskets", BASKETS, BASKETS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == Decimal("19.80")',
                             "the basket's subtotal before VAT shown with VAT added"))


STOCK = '''
    """Stock levels, from the warehouse's nightly JSON file.

    The warehouse's file is keyed by SKU number as JSON writes every key: as text.
    ``reorder_list`` reads it so."""

    from __future__ import annotations

    import json

    Stock = dict[int, int]


    def load_stock(text: str) -> Stock:
        """The stock file: units on hand by SKU."""
        return {sku: units for sku, units in json.loads(text).items()}


    def below(units: int, minimum: int) -> bool:
        """Whether ``units`` on hand call for a reorder."""
        return units < minimum


    def reorder_list(skus: list[int], stored: str, minimum: int) -> list[int]:
        """The SKUs among ``skus`` whose stock has fallen below ``minimum``."""
        stock = load_stock(stored)
        return [sku for sku in skus if below(stock[str(sku)], minimum)]


    def units_on_hand(sku: int, stored: str) -> int:
        """Units of ``sku`` on hand, for the product page."""
        stock = load_stock(stored)
        return stock[sku]
'''

STOCK_TESTS = '''
    from warehouse.stock import below


    def test_below() -> None:
        assert below(3, 10) is True
        assert below(10, 10) is False
'''


# The loader is fixed for the product page and the reorder run, which reads the file as the
# module says it is keyed, is broken for every SKU.
def test_a_reader_that_keeps_text_keys_is_not_broken(tmp_path: Path) -> None:
    imports = 'import json\nfrom warehouse.stock import reorder_list, units_on_hand\n'
    stored = 'json.dumps({1042: 3, 1043: 40})'
    fix_and_check(
        tmp_path, _app("warehouse", "stock", STOCK, STOCK_TESTS),
        imports + f'units_on_hand(1042, {stored})',
        imports + f'got = reorder_list([1042, 1043], {stored}, 10)\n'
        'assert got == [1042], f"the reorder run broken by the loader fix: {got!r}"\n'
        + _raises_or(f'units_on_hand(1042, {stored})', 'got == 3', "units on hand"))


# --- duration-units -----------------------------------------------------------------------

INVOICES = '''
    """Invoices, and when they fall due."""

    from __future__ import annotations

    from datetime import date, timedelta

    #: Payment terms, in working days: weekends do not count.
    PAYMENT_TERMS_DAYS = 10


    def add_working_days(start: date, days: int) -> date:
        """The date ``days`` working days (Monday to Friday) after ``start``."""
        current = start
        while days > 0:
            current += timedelta(days=1)
            if current.weekday() < 5:
                days -= 1
        return current


    def due_date(invoiced: date) -> date:
        """When an invoice sent on ``invoiced`` falls due: PAYMENT_TERMS_DAYS later."""
        return invoiced + PAYMENT_TERMS_DAYS
'''

INVOICES_TESTS = '''
    from datetime import date

    from billing.invoices import add_working_days


    def test_add_working_days() -> None:
        assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
        assert add_working_days(date(2026, 3, 2), 4) == date(2026, 3, 6)
'''


def test_payment_terms_in_working_days_skip_weekends(tmp_path: Path) -> None:
    imports = 'from datetime import date\nfrom billing.invoices import due_date\n'
    fix_and_check(
        tmp_path, _app("billing", "invoices", INVOICES, INVOICES_TESTS),
        imports + 'due_date(date(2026, 3, 6))',
        imports + _raises_or('due_date(date(2026, 3, 6))', 'got == date(2026, 3, 20)',
                             "ten working days counted as calendar days"))


HEALTH = '''
    """The health page of the service."""

    from __future__ import annotations

    from datetime import datetime, timedelta

    #: Written by the build: the Unix time of the build, in seconds since 1970-01-01 UTC.
    BUILD_TIMESTAMP = 1767225600
    VERSION = "4.2.0"


    def version() -> str:
        return f"v{VERSION}"


    def uptime(now: datetime) -> timedelta:
        """How long this build has been out at ``now`` (an aware datetime)."""
        return now - BUILD_TIMESTAMP
'''

HEALTH_TESTS = '''
    from ops.health import version


    def test_version() -> None:
        assert version() == "v4.2.0"
'''


def test_a_unix_timestamp_is_a_moment_not_a_duration(tmp_path: Path) -> None:
    imports = ('from datetime import datetime, timedelta, timezone\n'
               'from ops.health import uptime\n')
    call = 'uptime(datetime(2026, 1, 2, tzinfo=timezone.utc))'
    fix_and_check(
        tmp_path, _app("ops", "health", HEALTH, HEALTH_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == timedelta(days=1)',
                             "the build's Unix time subtracted as a duration"))


ARRIVALS = '''
    """Reminders sent to a guest before their arrival."""

    from __future__ import annotations

    from datetime import date, timedelta

    #: The first reminder: a week before arrival.
    FIRST_REMINDER = timedelta(days=7)
    #: The second reminder goes out this many nights before arrival.
    SECOND_REMINDER = 2


    def first_reminder(arrival: date) -> date:
        return arrival - FIRST_REMINDER


    def second_reminder(arrival: date) -> date:
        """When the guest arriving on ``arrival`` is reminded the second time."""
        return arrival - SECOND_REMINDER
'''

ARRIVALS_TESTS = '''
    from datetime import date

    from hotel.arrivals import first_reminder


    def test_first_reminder() -> None:
        assert first_reminder(date(2026, 5, 10)) == date(2026, 5, 3)
'''


def test_the_second_reminder_counts_nights_not_seconds(tmp_path: Path) -> None:
    imports = 'from datetime import date\nfrom hotel.arrivals import second_reminder\n'
    call = 'second_reminder(date(2026, 5, 10))'
    fix_and_check(
        tmp_path, _app("hotel", "arrivals", ARRIVALS, ARRIVALS_TESTS),
        imports + call,
        imports + _raises_or(call, 'got == date(2026, 5, 8)',
                             "two nights before arrival read as two seconds"))


DISPATCH = '''
    """When a paid order leaves the warehouse."""

    from __future__ import annotations

    from datetime import date, datetime, time

    #: The dispatch cut-off, as the warehouse clock shows it (14 is 2 pm): orders paid
    #: before it ship the same day, later ones the next day.
    SAME_DAY_CUTOFF = 14


    def cutoff(day: date) -> datetime:
        """The moment on ``day`` after which a paid order waits for the next dispatch."""
        return datetime.combine(day, time()) + SAME_DAY_CUTOFF


    def ships_same_day(paid: datetime) -> bool:
        """Whether an order paid at ``paid`` leaves the warehouse that day."""
        return paid < cutoff(paid.date())
'''

DISPATCH_TESTS = '''
    from dispatch.orders import SAME_DAY_CUTOFF


    def test_cutoff_hour() -> None:
        assert 0 <= SAME_DAY_CUTOFF < 24
'''


# The constant is a time of day ("14 is 2 pm"). The name's "DAY" and the comment's "same
# day", "next day" agree on days, and the cut-off moves a fortnight into the future. (Said
# as "before this hour", the comment adds hours and the template declines.)
def test_a_cutoff_hour_is_not_a_number_of_days(tmp_path: Path) -> None:
    imports = 'from datetime import datetime\nfrom dispatch.orders import ships_same_day\n'
    fix_and_check(
        tmp_path, _app("dispatch", "orders", DISPATCH, DISPATCH_TESTS),
        imports + 'ships_same_day(datetime(2026, 3, 2, 9, 30))',
        imports + _raises_or('ships_same_day(datetime(2026, 3, 2, 16, 0))', 'got is False',
                             "an order paid at 16:00 promised same-day dispatch"))


# --- sibling-argument ---------------------------------------------------------------------

MONEY = '''
    """Amounts as the customer sees them."""

    from __future__ import annotations

    from decimal import Decimal


    def format_price(amount: Decimal, currency: str) -> str:
        return f"{amount:.2f} {currency}"
'''

CONFIRMATIONS = '''
    """The lines of an order's confirmation."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal

    from shop.money import format_price


    @dataclass
    class Order:
        number: str
        currency: str
        total: Decimal


    @dataclass
    class CarrierQuote:
        carrier: str
        amount: Decimal
        currency: str


    def total_line(order: Order) -> str:
        return "Total: " + format_price(order.total, order.currency)


    def tax_line(order: Order, tax: Decimal) -> str:
        return "Of which tax: " + format_price(tax, order.currency)


    def shipping_line(order: Order, quote: CarrierQuote) -> str:
        """The delivery line of ``order``'s confirmation. The carrier bills in its own
        currency, ``quote.currency``, and the line shows the amount as the carrier quoted
        it: delivery is passed on to the customer unconverted."""
        return f"Delivery by {quote.carrier}: " + format_price(quote.amount)
'''

CONFIRMATIONS_TESTS = '''
    from decimal import Decimal

    from shop.confirmations import Order, tax_line, total_line


    def test_lines() -> None:
        order = Order("A-1", "EUR", Decimal("40"))
        assert total_line(order) == "Total: 40.00 EUR"
        assert tax_line(order, Decimal("6.67")) == "Of which tax: 6.67 EUR"
'''


def test_a_carriers_quote_is_shown_in_the_carriers_currency(tmp_path: Path) -> None:
    imports = ('from decimal import Decimal\n'
               'from shop.confirmations import CarrierQuote, Order, shipping_line\n')
    call = ('shipping_line(Order("A-2", "EUR", Decimal("40")), '
            'CarrierQuote("Royal Mail", Decimal("12"), "GBP"))')
    fix_and_check(
        tmp_path, _app("shop", "confirmations", CONFIRMATIONS, CONFIRMATIONS_TESTS,
                       {"shop/money.py": MONEY}),
        imports + call,
        imports + _raises_or(call, 'got.endswith("12.00 GBP")',
                             "a carrier's quote in pounds shown as euros"))


RENDER = '''
    """Mail templates, by name and language."""

    from __future__ import annotations

    TEMPLATES = {
        ("welcome", "en"): "Welcome, {name}!",
        ("welcome", "de"): "Willkommen, {name}!",
        ("reset", "en"): "{name}, here is your link to choose a new password.",
        ("reset", "de"): "{name}, hier ist Ihr Link zum neuen Passwort.",
        ("invite", "en"): "{name} invited you to join {team}.",
        ("invite", "de"): "{name} hat Sie zu {team} eingeladen.",
    }


    def render(template: str, context: dict[str, str], locale: str) -> str:
        return TEMPLATES[(template, locale)].format(**context)
'''

MESSAGES = '''
    """The mails the app sends."""

    from __future__ import annotations

    from dataclasses import dataclass

    from mail.render import render

    #: The site's language.
    SITE_LOCALE = "en"


    @dataclass
    class User:
        name: str
        email: str
        locale: str


    def welcome_email(user: User) -> str:
        """Sent to ``user`` once they have signed up."""
        return render("welcome", {"name": user.name}, user.locale)


    def reset_email(user: User) -> str:
        """Sent to ``user`` who asked to reset their password."""
        return render("reset", {"name": user.name}, user.locale)


    def invite_email(inviter: User, email: str, team: str) -> str:
        """The invitation sent to ``email`` on behalf of ``inviter``. The person invited
        has no account yet and nobody knows their language, so the invitation is written
        in the site's, SITE_LOCALE: the inviter's language is no guide to theirs."""
        return render("invite", {"name": inviter.name, "team": team})
'''

MESSAGES_TESTS = '''
    from mail.messages import User, reset_email, welcome_email


    def test_mails() -> None:
        assert welcome_email(User("Jonas", "j@example.test", "de")) == "Willkommen, Jonas!"
        assert reset_email(User("Ann", "a@example.test", "en")).startswith("Ann, here")
'''


def test_an_invitation_is_not_written_in_the_inviters_language(tmp_path: Path) -> None:
    imports = 'from mail.messages import User, invite_email\n'
    call = 'invite_email(User("Jonas", "j@example.test", "de"), "kim@example.test", "Ops")'
    fix_and_check(
        tmp_path, _app("mail", "messages", MESSAGES, MESSAGES_TESTS,
                       {"mail/render.py": RENDER}),
        imports + call,
        imports + _raises_or(call, 'got == "Jonas invited you to join Ops."',
                             "an invitation written in the inviter's language"))


TIMES = '''
    """Times as people read them."""

    from __future__ import annotations

    from datetime import datetime, timedelta, timezone

    ZONES = {
        "UTC": timezone.utc,
        "Europe/Berlin": timezone(timedelta(hours=1), "CET"),
        "America/New_York": timezone(timedelta(hours=-5), "EST"),
    }


    def format_time(moment: datetime, *, tz: str) -> str:
        return moment.astimezone(ZONES[tz]).strftime("%Y-%m-%d %H:%M %Z")
'''

ACTIVITY = '''
    """What people did, as the app shows it."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime

    from app.times import format_time


    @dataclass
    class User:
        name: str
        timezone: str


    def last_sign_in(user: User, at: datetime) -> str:
        """Shown to ``user`` on their own profile."""
        return "Last signed in " + format_time(at, tz=user.timezone)


    def reminder(user: User, due: datetime) -> str:
        """The reminder mailed to ``user``."""
        return "Due " + format_time(due, tz=user.timezone)


    def audit_line(actor: User, action: str, at: datetime) -> str:
        """One line of the audit log. Audit lines are in UTC whoever acted, so that
        lines written from every office sort and compare as they are."""
        return f"{format_time(at)} {actor.name} {action}"
'''

ACTIVITY_TESTS = '''
    from datetime import datetime, timezone

    from app.activity import User, last_sign_in, reminder


    def test_times() -> None:
        at = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
        assert last_sign_in(User("ann", "Europe/Berlin"), at).endswith("13:00 CET")
        assert reminder(User("bo", "America/New_York"), at) == "Due 2026-01-01 07:00 EST"
'''


def test_audit_lines_stay_in_utc_whoever_acted(tmp_path: Path) -> None:
    imports = ('from datetime import datetime, timezone\n'
               'from app.activity import User, audit_line\n')
    call = ('audit_line(User("ann", "Europe/Berlin"), "deleted invoice 7", '
            'datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc))')
    fix_and_check(
        tmp_path, _app("app", "activity", ACTIVITY, ACTIVITY_TESTS, {"app/times.py": TIMES}),
        imports + call,
        imports + _raises_or(call, 'got.startswith("2026-01-01 12:00 UTC ")',
                             "an audit line written in the actor's time zone"))


# --- setting-types ------------------------------------------------------------------------

SALE = '''
    """The shop's settings, read from the environment as they are needed."""

    from __future__ import annotations

    import os


    def page_size() -> int:
        """Orders per page in the back office."""
        return int(os.environ.get("SHOP_PAGE_SIZE", 50))


    def sale_price(cents: int) -> int:
        """A price, in cents, during the running sale.

        Staff set SALE_DISCOUNT in the hosting panel as a whole number: SALE_DISCOUNT=15
        takes 15 % off every price."""
        discount = os.environ.get("SALE_DISCOUNT", 0.0)
        return round(cents * (1 - discount))
'''

SALE_TESTS = '''
    from shop.settings import page_size, sale_price


    def test_no_sale() -> None:
        assert page_size() == 50
        assert sale_price(2000) == 2000
'''


def test_a_sale_discount_set_as_a_whole_number_is_not_a_share(tmp_path: Path) -> None:
    trigger = ('import os\nos.environ["SALE_DISCOUNT"] = "15"\n'
               'from shop.settings import sale_price\nsale_price(2000)')
    fix_and_check(
        tmp_path, _app("shop", "settings", SALE, SALE_TESTS),
        trigger,
        'import os\nos.environ["SALE_DISCOUNT"] = "15"\n'
        + _raises_or('__import__("shop.settings", fromlist=["x"]).sale_price(2000)',
                     'got == 1700', "a 15 % sale pricing a 20.00 item"))


TRACING = '''
    """Request tracing, configured from the environment."""

    from __future__ import annotations

    import os
    import random


    def endpoint() -> str:
        """Where spans are sent."""
        return os.environ.get("TRACE_ENDPOINT", "http://localhost:4318")


    def batch_size() -> int:
        """How many spans are sent at once."""
        return int(os.environ.get("TRACE_BATCH", 512))


    def sampled(roll: float | None = None) -> bool:
        """Whether this request is traced (``roll`` stands in for the dice in tests)."""
        # The share of requests traced, from 0 to 1: 0.05 traces one request in twenty.
        rate = os.environ.get("TRACE_SAMPLE_RATE", 1)
        return (random.random() if roll is None else roll) < rate
'''

TRACING_TESTS = '''
    from obs.tracing import batch_size, sampled


    def test_sampled() -> None:
        assert batch_size() == 512
        assert sampled(0.3) is True
'''


# Staging traces everything ("1"); production traces a share, which `int()` refuses: every
# request fails.
def test_a_sample_rate_between_0_and_1_is_not_read_as_an_int(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("obs", "tracing", TRACING, TRACING_TESTS),
        'import os\nos.environ["TRACE_SAMPLE_RATE"] = "1"\n'
        'from obs.tracing import sampled\nsampled(0.3)',
        'import os\nos.environ["TRACE_SAMPLE_RATE"] = "0.05"\n'
        'from obs.tracing import sampled\n'
        'assert sampled(0.3) is False and sampled(0.01) is True\n')


SYNC = '''
    """The sync client's configuration, from the environment.

    Durations are written with a unit, as ops write them everywhere else: "90s", "5m",
    "2h". ``parse_duration`` reads one into seconds; a bare number is seconds."""

    from __future__ import annotations

    import os
    import re
    from dataclasses import dataclass

    _FACTORS = {"": 1, "s": 1, "m": 60, "h": 3600}


    def parse_duration(text: str) -> int:
        """Seconds in ``text``: "90s", "5m", "2h", or a bare number of seconds."""
        match = re.fullmatch(r"(\\d+)([smh]?)", str(text).strip())
        if match is None:
            raise ValueError(f"not a duration: {text!r}")
        return int(match.group(1)) * _FACTORS[match.group(2)]


    @dataclass(frozen=True)
    class Config:
        url: str
        timeout: int
        cache_ttl: int


    def config() -> Config:
        return Config(url=os.environ.get("SYNC_URL", "https://sync.example.test"),
                      timeout=os.environ.get("SYNC_TIMEOUT", 30),
                      cache_ttl=parse_duration(os.environ.get("SYNC_CACHE_TTL", "5m")))


    def deadline(started: float) -> float:
        """When a sync started at ``started`` (epoch seconds) is given up."""
        return started + config().timeout
'''

SYNC_TESTS = '''
    from sync.config import config, parse_duration


    def test_config() -> None:
        assert parse_duration("2m") == 120
        assert config().cache_ttl == 300
'''


def test_a_duration_with_a_unit_is_read_by_parse_duration(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("sync", "config", SYNC, SYNC_TESTS),
        'import os\nos.environ["SYNC_TIMEOUT"] = "45"\n'
        'from sync.config import deadline\ndeadline(1000.0)',
        'import os\nos.environ["SYNC_TIMEOUT"] = "2m"\n'
        'from sync.config import deadline\n'
        'assert deadline(1000.0) == 1120.0\n'
        'os.environ["SYNC_TIMEOUT"] = "45"\n'
        'assert deadline(1000.0) == 1045.0\n')

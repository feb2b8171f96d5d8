"""Fourth adversarial review (second round on the same rules): sibling_accessors as
tightened after the third review (a table helper documented as how *every table* is looked
up; an attribute accessor documented as used *everywhere* and already called in the
crashing module), contract_constants' ``catch_all_constant`` (a constant whose comment says
"everything else *is* <constant>", with no absence sentence about the key in the module),
and none_guard's ``none-as-zero`` (``none_as_zero.neutral_operand``, now stopped when None
means "no cap").

The third review's traps all pass; these look for what the tightening left open:

* the "every table" sentence read without its qualifier ("every *text* table") or the
  place it speaks of (the tables of *another* module), and a table whose refusal is
  written inside its literal, where no comment above it is;
* an "everywhere"/"always" accessor written for what people are shown, read where the
  value is not shown to anyone: stored back into the record, matched against a sanctions
  list, put into the courier's tracking link;
* a catch-all found by a prefix ("standardised", "generally") in a sentence that makes no
  catch-all, or gives it to another value; the field's absence documented where the
  reading does not look (a TypedDict's docstring) or refused where it reads only for
  absence words (the table's comment: "an uncoded line must be coded first");
* a None that is neither "none of it" nor "no cap" in words the reading knows: a call
  still in progress, the standard grace period, an uncapped coupon documented in its
  class's docstring.

All 13 traps beat the tightened rules. Both were then taken out of the fixing: the
catch-all reading was dropped, sibling_accessors only suggests (never backed, so at best
``unverified``), and none-as-zero needs the declaration's own words saying None is none
of it ("None when the line has no discount"). The two tests of the cases the rules were
written for assert that: suggested or declined, never fixed. A trap that fails here is a
wrong fix reported as ``fixed``.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or

# --- sibling_accessors: a table read through a helper said to be for every table ----------

# "Every *text* table": the sentence is about the wording tables, and the module says in the
# next breath that premiums are the underwriters' own, region by region. The fix quotes
# Northern Ireland at the national average premium.
QUOTES = '''
    """Home insurance quotes, per region.

    Every text table below is read through ``regional``: a region we have written no
    wording of its own for reads the national wording. Premiums are the underwriters' own
    figures, region by region, and a quote is only given where they have priced the
    region."""

    from __future__ import annotations

    from decimal import Decimal

    NATIONAL = "national"

    #: The quote page's tagline, per region.
    TAGLINES = {NATIONAL: "Cover for every home", "scotland": "Cover for every hame",
                "wales": "Yswiriant i bob cartref"}

    #: The yearly base premium in pounds, per region; "national" is the average that the
    #: comparison chart shows.
    PREMIUMS = {NATIONAL: Decimal("230.00"), "england": Decimal("240.00"),
                "scotland": Decimal("210.00"), "wales": Decimal("225.00")}


    def regional(table, region):
        """The region's own entry, or the national one."""
        if region in table:
            return table[region]
        return table[NATIONAL]


    def quote(region: str, rooms: int) -> dict[str, object]:
        """The quote shown for a home of ``rooms`` rooms in ``region``."""
        tagline = regional(TAGLINES, region)
        premium = PREMIUMS[region] + Decimal("15.00") * rooms
        return {"tagline": tagline, "premium": premium}
'''

QUOTES_TESTS = '''
    from decimal import Decimal

    from cover.quotes import quote


    def test_quotes() -> None:
        assert quote("wales", 3) == {"tagline": "Yswiriant i bob cartref",
                                     "premium": Decimal("270.00")}
        assert quote("england", 2) == {"tagline": "Cover for every home",
                                       "premium": Decimal("270.00")}
'''


def test_every_text_table_is_not_every_table(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("cover", "quotes", QUOTES, QUOTES_TESTS),
        'from cover.quotes import quote\nquote("northern-ireland", 3)',
        'from cover.quotes import quote\n'
        + _raises_or('quote("northern-ireland", 3)', 'False',
                     "a quote for a region the underwriters have not priced"))


# The helper's module says every table *of that module* reads the same way; the crashing
# module has its tables of its own, and its docstring says the legal notices are per
# country. The fix puts the British company details under a German e-mail.
I18N = '''
    """Translated pieces of our e-mails.

    Every table in this module is looked up the same way, through ``lookup``: the full
    tag, then its language, then English."""

    from __future__ import annotations

    DEFAULT = "en"

    GREETINGS = {"en": "Hello", "de": "Hallo", "fr": "Bonjour"}


    def lookup(table, locale):
        """The row for ``locale``: the full tag, then its language, then English."""
        for key in (locale, locale.split("-")[0], DEFAULT):
            if key in table:
                return table[key]
        raise LookupError(locale)
'''

MAILS = '''
    """The newsletter's frame: its greeting and its legal notice.

    The legal notice is the imprint the law of the reader's country asks for; legal signs
    each one off country by country, with the address of our company in that country."""

    from __future__ import annotations

    from news.i18n import lookup

    #: The newsletter's sign-off, per locale.
    SIGN_OFFS = {"en": "See you next week", "de": "Bis nächste Woche"}

    #: The imprint closing the newsletter, per locale.
    IMPRINTS = {"en": "Acme Ltd, 1 High St, London, company no. 0123456",
                "en-US": "Acme Inc., 1 Main St, Boston, MA",
                "fr": "Acme SARL, 1 rue Haute, Paris, RCS 123 456 789"}


    def frame(locale: str, body: str) -> str:
        """The newsletter ``body`` framed for a reader of ``locale``."""
        closing = lookup(SIGN_OFFS, locale)
        imprint = IMPRINTS[locale]
        return f"{body}\\n\\n{closing}\\n--\\n{imprint}"
'''

MAILS_TESTS = '''
    from news.mails import frame


    def test_frame() -> None:
        assert frame("fr", "Salut").endswith("Acme SARL, 1 rue Haute, Paris, RCS 123 456 789")
        assert "See you next week" in frame("en-US", "Hi")
'''


def test_every_table_of_another_module_is_no_rule_here(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("news", "mails", MAILS, MAILS_TESTS, {"news/i18n.py": I18N}),
        'from news.mails import frame\nframe("de-AT", "Servus")',
        'from news.mails import frame\n'
        + _raises_or('frame("de-AT", "Servus")', '"London" not in got',
                     "an Austrian newsletter signed with the British imprint"))


# The table's own refusal is written where tables are annotated row by row: inside the
# literal, not above it.
TARIFFS = '''
    """Import duty on our shipments, per country of origin. Every table here is looked
    up through ``for_origin``, which reads an origin without a row of its own like the
    rest of the world ("*")."""

    from __future__ import annotations

    from decimal import Decimal

    #: The broker's handling fee per shipment, per country of origin.
    HANDLING = {"*": Decimal("25.00"), "CN": Decimal("40.00")}

    #: The duty rate on goods, per country of origin.
    DUTY_RATES = {
        "*": Decimal("0.12"),
        "CN": Decimal("0.25"),
        "NO": Decimal("0.00"),  # free-trade agreement
        "CH": Decimal("0.00"),  # free-trade agreement
        # Origins under sanctions have no rate: their goods are refused at the border.
    }


    def for_origin(table, origin):
        """The origin's entry, or the rest of the world's."""
        return table.get(origin, table["*"])


    def landed_cost(origin: str, goods: Decimal) -> Decimal:
        """What a shipment of ``goods`` from ``origin`` costs once through customs."""
        fee = for_origin(HANDLING, origin)
        return goods + goods * DUTY_RATES[origin] + fee
'''

TARIFFS_TESTS = '''
    from decimal import Decimal

    from imports.duty import landed_cost


    def test_landed_cost() -> None:
        assert landed_cost("CN", Decimal("100")) == Decimal("165.00")
        assert landed_cost("NO", Decimal("100")) == Decimal("125.00")
        assert landed_cost("CH", Decimal("100")) == Decimal("125.00")
'''


def test_a_refusal_written_inside_the_table(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("imports", "duty", TARIFFS, TARIFFS_TESTS),
        'from decimal import Decimal\nfrom imports.duty import landed_cost\n'
        'landed_cost("KP", Decimal("100"))',
        'from decimal import Decimal\nfrom imports.duty import landed_cost\n'
        + _raises_or('landed_cost("KP", Decimal("100"))', 'False',
                     "goods from a sanctioned origin costed as if they clear customs"))


# --- sibling_accessors: a None attribute read through an "everywhere" accessor -------------

CONTACTS = '''
    """The address book."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Contact:
        email: str
        #: As the contact gave it; None when they gave none.
        full_name: str | None = None


    def display_name(contact: Contact) -> str:
        """How a contact is named everywhere in the app: their full name, or their e-mail
        address."""
        return contact.full_name or contact.email
'''

# The accessor names a contact on screen; the import stores the record. The fix writes the
# e-mail address, title-cased, into the contact's full name.
IMPORT = '''
    """The nightly import of contacts from the shop."""

    from __future__ import annotations

    from dataclasses import replace

    from crm.contacts import Contact, display_name


    def import_line(contact: Contact) -> str:
        """The import log's line for ``contact``."""
        return f"imported {display_name(contact)} <{contact.email}>"


    def normalised(contact: Contact) -> Contact:
        """The contact as the address book stores it: the full name title-cased, the
        e-mail address lower-cased."""
        return replace(contact, full_name=contact.full_name.title(),
                       email=contact.email.lower())
'''

IMPORT_TESTS = '''
    from crm.contacts import Contact
    from crm.imports import import_line, normalised


    def test_import() -> None:
        assert normalised(Contact("Ann@X.example", "ann lee")) == Contact(
            "ann@x.example", "Ann Lee")
        assert import_line(Contact("bo@x.example")) == "imported bo@x.example <bo@x.example>"
'''


def test_a_display_name_is_not_stored_as_the_name(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("crm", "imports", IMPORT, IMPORT_TESTS, {"crm/contacts.py": CONTACTS}),
        'from crm.contacts import Contact\nfrom crm.imports import normalised\n'
        'normalised(Contact("Kim@X.example"))',
        'from crm.contacts import Contact\nfrom crm.imports import normalised\n'
        + _raises_or('normalised(Contact("Kim@X.example"))', 'got.full_name is None',
                     "an e-mail address stored as the contact's name"))


MEMBERS = '''
    """The exchange's members."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        handle: str
        #: As on their ID; filled in when they verify their identity.
        legal_name: str | None = None


    def shown_name(member: Member) -> str:
        """How a member is named everywhere: their legal name, or their handle."""
        return member.legal_name or member.handle
'''

# Screening matches a person's legal name against the sanctions list; a handle matches
# nothing, and the fix clears a member whose identity nobody has checked.
SCREENING = '''
    """Sanctions screening, run ahead of every payout."""

    from __future__ import annotations

    from exchange.members import Member, shown_name

    SANCTIONED = frozenset({"IVAN PETROV", "JOHN DOE"})


    def payout_note(member: Member, amount: int) -> str:
        return f"payout of {amount} to {shown_name(member)}"


    def is_sanctioned(member: Member) -> bool:
        """Whether the member's legal name is on the sanctions list."""
        return member.legal_name.upper() in SANCTIONED
'''

SCREENING_TESTS = '''
    from exchange.members import Member
    from exchange.screening import is_sanctioned, payout_note


    def test_screening() -> None:
        assert is_sanctioned(Member(1, "ivan", "Ivan Petrov")) is True
        assert is_sanctioned(Member(2, "ann", "Ann Lee")) is False
        assert payout_note(Member(3, "bo"), 50) == "payout of 50 to bo"
'''


def test_a_handle_is_not_screened_as_a_legal_name(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("exchange", "screening", SCREENING, SCREENING_TESTS,
                       {"exchange/members.py": MEMBERS}),
        'from exchange.members import Member\nfrom exchange.screening import is_sanctioned\n'
        'is_sanctioned(Member(9, "shadow_trader"))',
        'from exchange.members import Member\nfrom exchange.screening import is_sanctioned\n'
        + _raises_or('is_sanctioned(Member(9, "shadow_trader"))', 'got is not False',
                     "an unverified member cleared by sanctions screening"))


ORDERS = '''
    """Orders and how the shop shows them."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Order:
        number: str
        #: The courier's tracking number, once the parcel is handed over.
        tracking_number: str | None = None


    def tracking_label(order: Order) -> str:
        """How an order's tracking is always shown to the customer: its number, or
        "Preparing"."""
        return order.tracking_number or "Preparing"
'''

# The label is text for the page; the link needs the courier's number. The fix links the
# customer to the courier's page for parcel "Preparing".
TRACKING = '''
    """The order page's tracking box: the label, and the link to the courier's page."""

    from __future__ import annotations

    from shop.orders import Order, tracking_label

    COURIER = "https://track.courier.example/parcel/"


    def tracking_box(order: Order) -> str:
        return f"Tracking: {tracking_label(order)}"


    def tracking_link(order: Order) -> str:
        """The courier's page for the order's parcel."""
        return COURIER + order.tracking_number
'''

TRACKING_TESTS = '''
    from shop.orders import Order
    from shop.tracking import tracking_box, tracking_link


    def test_tracking() -> None:
        shipped = Order("A-1", "JD0001")
        assert tracking_link(shipped) == "https://track.courier.example/parcel/JD0001"
        assert tracking_box(Order("A-2")) == "Tracking: Preparing"
'''


def test_a_tracking_label_is_no_tracking_number(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "tracking", TRACKING, TRACKING_TESTS,
                       {"shop/orders.py": ORDERS}),
        'from shop.orders import Order\nfrom shop.tracking import tracking_link\n'
        'tracking_link(Order("A-3"))',
        'from shop.orders import Order\nfrom shop.tracking import tracking_link\n'
        + _raises_or('tracking_link(Order("A-3"))', 'got is None or "Preparing" not in got',
                     "a link to the courier's page for parcel 'Preparing'"))


# --- catch_all_constant --------------------------------------------------------------------

# "Every other tax code ... is standardised" holds the catch-all phrase and a word that
# starts with "standard": the sentence says the import maps codes, not that an uncoded
# line is standard-rated.
FEED = '''
    """VAT on the lines of the supplier feed, as the catalogue import writes them.

    The catalogue import codes every line; the VAT return is filed from coded lines only."""

    from __future__ import annotations

    from decimal import Decimal

    #: The standard-rate code (20%). Every other tax code the suppliers send is standardised
    #: to one of our letters (R, Z or E) by the catalogue import.
    STANDARD = "S"

    RATES = {STANDARD: Decimal("0.20"), "R": Decimal("0.05"), "Z": Decimal("0"),
             "E": Decimal("0")}


    def vat_rate(line: dict) -> Decimal:
        """The VAT rate of one line of the feed."""
        code = line["tax_code"]
        return RATES[code]
'''

FEED_TESTS = '''
    from decimal import Decimal

    from feed.vat import vat_rate


    def test_vat_rate() -> None:
        assert vat_rate({"sku": "A1", "tax_code": "R"}) == Decimal("0.05")
        assert vat_rate({"sku": "B2", "tax_code": "S"}) == Decimal("0.20")
'''


def test_standardised_is_not_standard_rated(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("feed", "vat", FEED, FEED_TESTS),
        'from feed.vat import vat_rate\nvat_rate({"sku": "C3"})',
        'from feed.vat import vat_rate\n'
        + _raises_or('vat_rate({"sku": "C3"})', 'False',
                     "an uncoded feed line taxed at the standard rate"))


# "All other lines are generally food, which is zero-rated": "generally" starts like
# GENERAL, and the sentence gives the catch-all to food.
GROCER = '''
    """VAT on a grocer's till lines."""

    from __future__ import annotations

    from decimal import Decimal

    #: The VAT class of general merchandise (kitchenware, cleaning products): 20%. All
    #: other lines are generally food, which is zero-rated.
    GENERAL = "G"

    VAT_RATES = {GENERAL: Decimal("0.20"), "F": Decimal("0"), "C": Decimal("0.05")}


    def line_vat(line: dict) -> Decimal:
        """The VAT on one till line."""
        rate = VAT_RATES[line["vat_class"]]
        return (Decimal(line["price"]) * rate).quantize(Decimal("0.01"))
'''

GROCER_TESTS = '''
    from decimal import Decimal

    from grocer.vat import line_vat


    def test_line_vat() -> None:
        assert line_vat({"item": "mop", "price": "10.00", "vat_class": "G"}) == Decimal("2.00")
        assert line_vat({"item": "bread", "price": "1.20", "vat_class": "F"}) == Decimal("0.00")
'''


def test_generally_food_is_no_general_catch_all(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("grocer", "vat", GROCER, GROCER_TESTS),
        'from grocer.vat import line_vat\nline_vat({"item": "apples", "price": "2.50"})',
        'from decimal import Decimal\nfrom grocer.vat import line_vat\n'
        + _raises_or('line_vat({"item": "apples", "price": "2.50"})', 'got == 0',
                     "apples taxed as general merchandise"))


# The field's absence is documented where the item's shape is: the TypedDict's docstring,
# which is neither a comment nor the module's or the function's docstring.
SHIPPING = '''
    """What an order costs to ship."""

    from __future__ import annotations

    from decimal import Decimal
    from typing import NotRequired, TypedDict


    class Item(TypedDict):
        """An item of an order. Downloads (e-books, gift cards sent by e-mail) are sold
        without a shipping class: nothing is shipped for them."""

        sku: str
        shipping_class: NotRequired[str]


    #: The parcel class. Letters and pallets are priced otherwise; everything else we
    #: ship is parcel class.
    PARCEL = "parcel"

    RATES = {PARCEL: Decimal("4.20"), "letter": Decimal("0.95"), "pallet": Decimal("38.00")}


    def shipping_cost(items: list[Item]) -> Decimal:
        """What shipping the order's items costs."""
        total = Decimal("0")
        for item in items:
            total += RATES[item["shipping_class"]]
        return total
'''

SHIPPING_TESTS = '''
    from decimal import Decimal

    from store.shipping import shipping_cost


    def test_shipping_cost() -> None:
        assert shipping_cost([{"sku": "MUG", "shipping_class": "parcel"},
                              {"sku": "CARD", "shipping_class": "letter"}]) == Decimal("5.15")
        assert shipping_cost([]) == Decimal("0")
'''


def test_a_download_is_not_shipped_as_a_parcel(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("store", "shipping", SHIPPING, SHIPPING_TESTS),
        'from store.shipping import shipping_cost\nshipping_cost([{"sku": "EBOOK-7"}])',
        'from decimal import Decimal\nfrom store.shipping import shipping_cost\n'
        + _raises_or('shipping_cost([{"sku": "EBOOK-7"}])', 'got == 0',
                     "shipping charged on an e-book"))


# The refusal is in the table's comment, which is read for absence words only, and says
# "uncoded", which is none of them.
HELD = '''
    """VAT on the lines of a consultancy's invoices."""

    from __future__ import annotations

    from decimal import Decimal

    #: The standard-rate code. Only what the bookkeeper marks zero-rated (Z) or exempt (E)
    #: is taxed otherwise; everything else we bill is standard-rated.
    STANDARD = "S"

    #: VAT rates by tax code. An uncoded line must be coded by the bookkeeper first: the
    #: invoice is held until then.
    TAX_RATES = {STANDARD: Decimal("0.20"), "Z": Decimal("0"), "E": Decimal("0")}


    def line_vat(line: dict) -> Decimal:
        """The VAT on one line of an invoice."""
        code = line["tax_code"]
        return (Decimal(line["net"]) * TAX_RATES[code]).quantize(Decimal("0.01"))
'''

HELD_TESTS = '''
    from decimal import Decimal

    from consult.vat import line_vat


    def test_line_vat() -> None:
        assert line_vat({"net": "1000", "tax_code": "S"}) == Decimal("200.00")
        assert line_vat({"net": "1000", "tax_code": "E"}) == Decimal("0.00")
'''


def test_an_uncoded_line_is_held_not_standard_rated(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("consult", "vat", HELD, HELD_TESTS),
        'from consult.vat import line_vat\nline_vat({"description": "Training", "net": "900"})',
        'from consult.vat import line_vat\n'
        + _raises_or('line_vat({"description": "Training", "net": "900"})', 'False',
                     "an uncoded line invoiced at the standard rate"))


# --- none-as-zero --------------------------------------------------------------------------

# None is "still going", not "no time": the fix bills a call in progress for minus 28
# million minutes.
CALLS = '''
    """Billing of calls."""

    from __future__ import annotations

    import math
    from dataclasses import dataclass


    @dataclass
    class Call:
        number: str
        started_at: int
        #: Epoch seconds; None while the call is still going.
        ended_at: int | None = None


    def billable_minutes(call: Call) -> int:
        """The minutes billed for ``call``, each minute started counting in full."""
        return math.ceil((call.ended_at - call.started_at) / 60)
'''

CALLS_TESTS = '''
    from telco.billing import Call, billable_minutes


    def test_minutes() -> None:
        assert billable_minutes(Call("0123", 1_700_000_000, 1_700_000_130)) == 3
        assert billable_minutes(Call("0123", 1_700_000_000, 1_700_000_000)) == 0
'''


def test_a_call_in_progress_has_no_duration_of_minus_its_start(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("telco", "billing", CALLS, CALLS_TESTS),
        'from telco.billing import Call, billable_minutes\n'
        'billable_minutes(Call("0456", 1_700_000_000))',
        'from telco.billing import Call, billable_minutes\n'
        + _raises_or('billable_minutes(Call("0456", 1_700_000_000))',
                     'got is None or got >= 0', "a call in progress billed negative minutes"))


# None is "the standard grace period", fourteen days, not zero days.
ACCOUNTS = '''
    """Suspension of accounts that leave an invoice unpaid."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date

    STANDARD_GRACE_DAYS = 14


    @dataclass
    class Account:
        name: str
        #: Days of grace after an invoice falls due; None for the standard fourteen days.
        grace_days: int | None = None


    def suspension_day(account: Account, due: date) -> date:
        """The day ``account`` is suspended if the invoice due on ``due`` stays unpaid."""
        return date.fromordinal(due.toordinal() + account.grace_days)
'''

ACCOUNTS_TESTS = '''
    from datetime import date

    from hosting.suspension import Account, suspension_day


    def test_suspension_day() -> None:
        assert suspension_day(Account("big", 30), date(2024, 5, 1)) == date(2024, 5, 31)
        assert suspension_day(Account("tiny", 0), date(2024, 5, 1)) == date(2024, 5, 1)
'''


def test_a_default_grace_period_is_not_zero_days(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("hosting", "suspension", ACCOUNTS, ACCOUNTS_TESTS),
        'from datetime import date\nfrom hosting.suspension import Account, suspension_day\n'
        'suspension_day(Account("mid"), date(2024, 5, 1))',
        'from datetime import date\nfrom hosting.suspension import Account, suspension_day\n'
        + _raises_or('suspension_day(Account("mid"), date(2024, 5, 1))',
                     'got == date(2024, 5, 15)',
                     "an account on the standard grace period suspended on the due day"))


# "No cap" is said in the class's docstring, where fields are documented in the Google
# style, not in a comment above the field.
COUPONS = '''
    """Discount codes."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Coupon:
        """A discount code.

        Attributes:
            code: what the customer types at checkout.
            percent: the discount, in percent.
            uses: how many orders may use it. Launch codes leave it unset: they have no
                cap.
        """

        code: str
        percent: int
        uses: int | None = None


    def uses_left(coupon: Coupon, redeemed: int) -> int:
        """How many more orders may use ``coupon`` after ``redeemed`` have."""
        return coupon.uses - redeemed
'''

COUPONS_TESTS = '''
    from shop.coupons import Coupon, uses_left


    def test_uses_left() -> None:
        assert uses_left(Coupon("SPRING", 10, 100), 40) == 60
        assert uses_left(Coupon("VIP", 20, 5), 5) == 0
'''


def test_an_uncapped_coupon_documented_in_its_class(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "coupons", COUPONS, COUPONS_TESTS),
        'from shop.coupons import Coupon, uses_left\nuses_left(Coupon("LAUNCH", 15), 250)',
        'from shop.coupons import Coupon, uses_left\n'
        + _raises_or('uses_left(Coupon("LAUNCH", 15), 250)', 'got is None or got > 0',
                     "an uncapped launch code shown as used up"))


# --- positives: each rule fixes the case it was written for ----------------------------

NOTIFY_MEMBERS = '''
    """The club's members."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        username: str
        full_name: str | None = None


    def display_name(member: Member) -> str:
        """How a member is named to others, everywhere: their full name, or their
        username."""
        return member.full_name or member.username
'''

NOTIFICATIONS = '''
    """Notifications shown in the club's app."""

    from __future__ import annotations

    from club.members import Member, display_name


    def joined(member: Member) -> str:
        return f"{display_name(member)} joined the club"


    def liked(members: list[Member], post: str) -> str:
        """The line telling a post's author who liked it."""
        return ", ".join(m.full_name for m in members) + f" liked {post}"
'''

NOTIFICATIONS_TESTS = '''
    from club.members import Member
    from club.notifications import joined, liked


    def test_notifications() -> None:
        ann, bo = Member(1, "ann", "Ann Lee"), Member(2, "bo", "Bo Stone")
        assert liked([ann, bo], "your photo") == "Ann Lee, Bo Stone liked your photo"
        assert joined(Member(3, "cy")) == "cy joined the club"
'''


def test_a_member_without_a_name_is_suggested_not_fixed(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("club", "notifications", NOTIFICATIONS, NOTIFICATIONS_TESTS,
                       {"club/members.py": NOTIFY_MEMBERS}),
        'from club.members import Member\nfrom club.notifications import liked\n'
        'liked([Member(1, "ann", "Ann Lee"), Member(2, "cy")], "your photo")',
        'from club.members import Member\nfrom club.notifications import liked\n'
        'got = liked([Member(1, "ann", "Ann Lee"), Member(2, "cy")], "your photo")\n'
        'assert got == "Ann Lee, cy liked your photo", got\n')
    # Both reviews beat the backed rule: the accessor is offered to the person, never
    # delivered as a fix.
    assert data is not None and data["status"] == "unverified", data and data["status"]
    assert "through `display_name`" in data["explanation"], data["explanation"]


GOODS = '''
    """VAT on a bookshop's order lines."""

    from __future__ import annotations

    from decimal import Decimal

    #: The zero-rate code. Only what the catalogue marks standard-rated (S, stationery and
    #: gifts) is taxed; everything else the shop sells is zero-rated: books.
    ZERO = "Z"

    VAT_RATES = {ZERO: Decimal("0"), "S": Decimal("0.20")}


    def line_total(line: dict) -> Decimal:
        """What a line costs the customer, VAT included."""
        code = line["tax_code"]
        net = Decimal(line["price"]) * line["quantity"]
        return net + (net * VAT_RATES[code]).quantize(Decimal("0.01"))
'''

GOODS_TESTS = '''
    from decimal import Decimal

    from books.vat import line_total


    def test_line_total() -> None:
        assert line_total({"price": "5.00", "quantity": 2, "tax_code": "S"}) == Decimal("12.00")
        assert line_total({"price": "9.99", "quantity": 1, "tax_code": "Z"}) == Decimal("9.99")
'''


def test_a_zero_rated_catch_all_is_not_fixed(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("books", "vat", GOODS, GOODS_TESTS),
        'from books.vat import line_total\n'
        'line_total({"title": "Middlemarch", "price": "8.99", "quantity": 2})',
        'from decimal import Decimal\nfrom books.vat import line_total\n'
        'got = line_total({"title": "Middlemarch", "price": "8.99", "quantity": 2})\n'
        'assert got == Decimal("17.98"), got\n'
        'assert line_total({"price": "5.00", "quantity": 1, "tax_code": "S"}) == Decimal("6.00")\n')
    # catch_all_constant was dropped after both reviews beat it: nothing fixes this.
    assert data is not None and data["status"] != "fixed", data and data["patch"]

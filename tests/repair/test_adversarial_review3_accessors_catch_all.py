"""Third adversarial review: sibling_accessors (a table read raw where code beside it reads
another table by the same key through a project helper; a None attribute read raw where
sibling code reads it through a project accessor) and contract_constants'
``catch_all_constant`` (a field's absence answered by the module constant whose comment
makes it what "everything else" gets).

The traps look for the holes these readings leave:

* a helper whose fallback is right for the table it was written for (texts, promotions,
  display names) and wrong for the one that crashed (prices, delivery fees, approval
  limits, credit lines), the difference said only in the module's or the function's words;
* an accessor written for display or billing (``full_name or username``, ``seats or 1``,
  ``ends_on or a year on``) where the crash needs the raw value, or the None's own
  meaning (no cap, open-ended);
* a comment that matches "every other" / "everything else" while saying the opposite of a
  catch-all, or saying it about another concern (shipping, not VAT), and a module that
  documents the missing field's own case.

The traps beat all 13 of the first versions. After a fourth review beat the tightened
versions too (``test_adversarial_review4_accessors_catch_all.py``), catch_all_constant
was dropped and sibling_accessors only suggests (its candidates are never backed, so they
end ``unverified``); none_guard's none-as-zero now needs the declaration's own words for
"None is none of it". The two tests of the cases the rules were written for now assert
exactly that: the accessor is suggested, nothing is fixed. A trap that fails here is a
wrong fix reported as ``fixed``.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or

# --- sibling_accessors: a table read through a sibling's helper ---------------------------

# The helper is for texts: a market we have not translated for reads the default market's
# page. Prices are per market; France is translated but has no price list yet, and the fix
# shows French customers the British price in pounds.
MARKETS = '''
    """The mug's product page, per market: texts in the market's language, the price in its
    currency.

    Texts fall back: a market we have not translated for reads the British page. Prices are
    set by each market's finance team, in its own currency; a market missing from PRICES
    has no price list yet, and its shop does not open."""

    from __future__ import annotations

    from decimal import Decimal

    DEFAULT_MARKET = "GB"

    #: The page's heading, per market.
    HEADINGS = {"GB": "Our mugs", "US": "Our mugs", "DE": "Unsere Tassen", "FR": "Nos tasses"}

    #: The mug's price and its currency, per market.
    PRICES = {"GB": ("GBP", Decimal("9.00")), "US": ("USD", Decimal("12.00")),
              "DE": ("EUR", Decimal("11.00"))}


    def for_market(table, market):
        """The market's row, or the default market's when the table has none."""
        if market in table:
            return table[market]
        return table[DEFAULT_MARKET]


    def product_page(market: str) -> dict[str, str]:
        """The heading and the price tag of the mug's page in ``market``."""
        heading = for_market(HEADINGS, market)
        currency, amount = PRICES[market]
        return {"heading": heading, "price": f"{amount} {currency}"}
'''

MARKETS_TESTS = '''
    from shop.pages import for_market, HEADINGS, product_page


    def test_pages() -> None:
        assert product_page("GB") == {"heading": "Our mugs", "price": "9.00 GBP"}
        assert product_page("DE") == {"heading": "Unsere Tassen", "price": "11.00 EUR"}
        assert for_market(HEADINGS, "IT") == "Our mugs"
'''


def test_a_text_fallback_does_not_price_another_market(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "pages", MARKETS, MARKETS_TESTS),
        'from shop.pages import product_page\nproduct_page("FR")',
        'from shop.pages import product_page\n'
        + _raises_or('product_page("FR")', '"GBP" not in got["price"]',
                     "French customers shown the British price"))


# The helper answers "none" with zero: right for promotions (no discount), wrong for the
# courier's fee, where zero delivers anywhere for free.
DELIVERY = '''
    """Checkout totals for the regions we deliver to.

    Discounts are promotions: a region without one pays full price. Delivery is another
    matter: we deliver only where the courier's contract lists a fee, and the checkout
    stops an order for anywhere else."""

    from __future__ import annotations

    from decimal import Decimal

    #: Running promotions, per delivery region (a share of the basket).
    DISCOUNTS = {"north": Decimal("0.10")}

    #: The courier's fee, per delivery region.
    DELIVERY_FEES = {"north": Decimal("4.95"), "south": Decimal("3.95"),
                     "islands": Decimal("12.50")}


    def rate_for(table, region):
        """The region's rate, or nothing when it has none."""
        return table.get(region, Decimal("0"))


    def total(basket: Decimal, region: str) -> Decimal:
        """What the customer pays for ``basket`` delivered to ``region``."""
        discount = rate_for(DISCOUNTS, region)
        fee = DELIVERY_FEES[region]
        return basket * (1 - discount) + fee
'''

DELIVERY_TESTS = '''
    from decimal import Decimal

    from shop.checkout import total


    def test_total() -> None:
        assert total(Decimal("40"), "north") == Decimal("40.95")
        assert total(Decimal("40"), "south") == Decimal("43.95")
'''


def test_no_discount_is_no_free_delivery(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "checkout", DELIVERY, DELIVERY_TESTS),
        'from decimal import Decimal\nfrom shop.checkout import total\n'
        'total(Decimal("40"), "abroad")',
        'from decimal import Decimal\nfrom shop.checkout import total\n'
        + _raises_or('total(Decimal("40"), "abroad")', 'got != Decimal("40")',
                     "delivered abroad for free"))


# The helper answers an unknown role with None: harmless for a title, but None is how the
# limits table writes "no limit", so an unknown role approves any amount.
APPROVALS = '''
    """Expense approvals.

    Each role may approve expenses up to its limit; directors have no limit (None). A role
    missing from APPROVAL_LIMITS approves nothing: a new role gets its limit from finance
    first."""

    from __future__ import annotations

    #: What each role is called on the approval screen.
    ROLE_TITLES = {"manager": "Team manager", "director": "Director"}

    #: The largest expense each role may approve, in pounds; None for no limit.
    APPROVAL_LIMITS = {"manager": 500, "head": 5000, "director": None}


    def entry(table, role):
        """The role's entry, or None when the table has none."""
        return table.get(role)


    def approval(role: str, amount: int) -> dict[str, object]:
        """Who approves an expense of ``amount`` pounds, and whether they may."""
        title = entry(ROLE_TITLES, role)
        limit = APPROVAL_LIMITS[role]
        return {"approver": title or role,
                "approved": limit is None or amount <= limit}
'''

APPROVALS_TESTS = '''
    from finance.approvals import approval


    def test_approval() -> None:
        assert approval("manager", 200) == {"approver": "Team manager", "approved": True}
        assert approval("manager", 900)["approved"] is False
        assert approval("head", 900) == {"approver": "head", "approved": True}
        assert approval("director", 10**6)["approved"] is True
'''


def test_an_unknown_role_gets_no_unlimited_approval(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("finance", "approvals", APPROVALS, APPROVALS_TESTS),
        'from finance.approvals import approval\napproval("intern", 20000)',
        'from finance.approvals import approval\n'
        + _raises_or('approval("intern", 20000)', 'got["approved"] is False',
                     "an intern approves 20,000 pounds"))


# The helper reads a tier without its own row like "standard": right for payment terms;
# the function's docstring says an unsigned tier's credit line is 0.
CREDIT = '''
    """Trade accounts: payment terms and credit lines, per account tier."""

    from __future__ import annotations

    #: Payment terms, in days, per account tier.
    PAYMENT_TERMS = {"standard": 30, "gold": 60}

    #: The credit line, in pounds, per account tier.
    CREDIT_LINES = {"standard": 2000, "gold": 10000, "platinum": 50000}


    def tier_setting(table, tier):
        """The tier's setting; a tier without one of its own reads like "standard"."""
        if tier in table:
            return table[tier]
        return table["standard"]


    def account_terms(tier: str) -> dict[str, int]:
        """The terms offered to a trade account of ``tier``. Finance signs credit lines off
        tier by tier: a tier it has not signed off yet (a new "trial" tier) has a credit
        line of 0 until it does."""
        days = tier_setting(PAYMENT_TERMS, tier)
        credit = CREDIT_LINES[tier]
        return {"days": days, "credit": credit}
'''

CREDIT_TESTS = '''
    from trade.accounts import account_terms


    def test_terms() -> None:
        assert account_terms("gold") == {"days": 60, "credit": 10000}
        assert account_terms("platinum") == {"days": 30, "credit": 50000}
'''


def test_an_unsigned_tier_gets_no_standard_credit(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("trade", "accounts", CREDIT, CREDIT_TESTS),
        'from trade.accounts import account_terms\naccount_terms("trial")',
        'from trade.accounts import account_terms\n'
        + _raises_or('account_terms("trial")', 'got["credit"] == 0',
                     "a trial account given the standard credit line"))


# --- sibling_accessors: a None attribute read through a sibling's accessor ----------------

MEMBERS = '''
    """The club's members."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        username: str
        email: str
        #: As on their ID, for invoices; None until they fill in the billing form.
        legal_name: str | None = None


    def shown_name(member: Member) -> str:
        """How the community shows a member to others: their name, or their username."""
        return member.legal_name or member.username
'''

FORUM = '''
    """Forum posts."""

    from club.members import Member, shown_name


    def byline(member: Member, topic: str) -> str:
        return f"{shown_name(member)} posted in {topic}"
'''

# The accessor is for the forum; the invoice needs the legal name, and one made out to
# "CRUMB_QUEEN" is no invoice.
INVOICES = '''
    """Membership invoices."""

    from __future__ import annotations

    from club.members import Member


    def invoice_header(member: Member, number: str) -> str:
        """The header of a membership invoice: its number, then the member's legal name in
        capitals, as their tax office knows them, and their e-mail."""
        return f"INVOICE {number}\\nBILL TO: {member.legal_name.upper()}\\n{member.email}"
'''

INVOICES_TESTS = '''
    from club.forum import byline
    from club.invoices import invoice_header
    from club.members import Member


    def test_invoice_header() -> None:
        ann = Member(1, "ann_l", "ann@example.com", "Ann Lee")
        assert invoice_header(ann, "M-7") == "INVOICE M-7\\nBILL TO: ANN LEE\\nann@example.com"
        assert byline(ann, "Rye") == "Ann Lee posted in Rye"
        assert byline(Member(2, "bo", "bo@example.com"), "Rye") == "bo posted in Rye"
'''


def test_a_forum_name_is_no_invoice_name(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("club", "invoices", INVOICES, INVOICES_TESTS,
                       {"club/members.py": MEMBERS, "club/forum.py": FORUM}),
        'from club.invoices import invoice_header\nfrom club.members import Member\n'
        'invoice_header(Member(7, "crumb_queen", "cq@example.com"), "M-8")',
        'from club.invoices import invoice_header\nfrom club.members import Member\n'
        + _raises_or('invoice_header(Member(7, "crumb_queen", "cq@example.com"), "M-8")',
                     '"CRUMB_QUEEN" not in got', "an invoice made out to a username"))


PAYEES = '''
    """Freelancers the platform pays."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Payee:
        name: str
        #: Their tax number, once they have given it; None before.
        tax_id: str | None = None


    def tax_id_label(payee: Payee) -> str:
        """The tax number as the payee's dashboard shows it."""
        return payee.tax_id or "pending"


    def dashboard(payee: Payee) -> str:
        return f"{payee.name} (tax number: {tax_id_label(payee)})"
'''

# The year-end filing goes to the tax office: "pending" is no tax number.
FILING = '''
    """The year-end filing of what the platform paid each freelancer."""

    from __future__ import annotations

    from decimal import Decimal

    from payouts.payees import Payee


    def filing_row(payee: Payee, paid: Decimal) -> str:
        """The payee's row of the filing sent to the tax office: name;tax number;paid."""
        return ";".join([payee.name, payee.tax_id, f"{paid:.2f}"])
'''

FILING_TESTS = '''
    from decimal import Decimal

    from payouts.filing import filing_row
    from payouts.payees import Payee, dashboard


    def test_rows() -> None:
        assert filing_row(Payee("Ann Lee", "AB123"), Decimal("1200")) == "Ann Lee;AB123;1200.00"
        assert dashboard(Payee("Bo")) == "Bo (tax number: pending)"
'''


def test_a_dashboard_placeholder_is_not_filed_as_a_tax_number(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("payouts", "filing", FILING, FILING_TESTS,
                       {"payouts/payees.py": PAYEES}),
        'from decimal import Decimal\nfrom payouts.filing import filing_row\n'
        'from payouts.payees import Payee\nfiling_row(Payee("Bo Stone"), Decimal("800"))',
        'from decimal import Decimal\nfrom payouts.filing import filing_row\n'
        'from payouts.payees import Payee\n'
        + _raises_or('filing_row(Payee("Bo Stone"), Decimal("800"))', '"pending" not in got',
                     "a tax filing with 'pending' as the tax number"))


PLANS = '''
    """Plans and their invoices."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass
    class Plan:
        name: str
        price_per_seat: Decimal
        #: Seats included; None on enterprise plans, which have no cap.
        seats: int | None = None


    def billed_seats(plan: Plan) -> int:
        """Seats on the invoice: an uncapped plan is billed as one flat seat."""
        return plan.seats or 1


    def monthly_charge(plan: Plan) -> Decimal:
        return plan.price_per_seat * billed_seats(plan)
'''

# The accessor is for billing; None seats means no cap, and the fix shows an enterprise
# workspace of 40 members that it has -39 seats left.
INVITES = '''
    """Invitations to a workspace."""

    from __future__ import annotations

    from saas.plans import Plan


    def seats_left(plan: Plan, members: int) -> int:
        """How many more people a workspace on ``plan`` with ``members`` members may
        invite, as the invite page shows it."""
        return plan.seats - members
'''

INVITES_TESTS = '''
    from decimal import Decimal

    from saas.invites import seats_left
    from saas.plans import Plan, monthly_charge


    def test_invites() -> None:
        team = Plan("team", Decimal("8"), 10)
        assert seats_left(team, 9) == 1 and seats_left(team, 10) == 0
        assert monthly_charge(team) == Decimal("80")
        assert monthly_charge(Plan("enterprise", Decimal("900"))) == Decimal("900")
'''


def test_billed_seats_are_no_seat_cap(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("saas", "invites", INVITES, INVITES_TESTS, {"saas/plans.py": PLANS}),
        'from decimal import Decimal\nfrom saas.invites import seats_left\n'
        'from saas.plans import Plan\nseats_left(Plan("enterprise", Decimal("900")), 40)',
        'from decimal import Decimal\nfrom saas.invites import seats_left\n'
        'from saas.plans import Plan\n'
        + _raises_or('seats_left(Plan("enterprise", Decimal("900")), 40)',
                     'got is None or got > 0', "an uncapped plan shown no seats left"))


CONTACTS = '''
    """The address book."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Contact:
        email: str
        title: str = ""
        last_name: str | None = None


    def sort_key(contact: Contact) -> str:
        """Where a contact files in the address book: by surname, else by e-mail address."""
        return contact.last_name or contact.email


    def address_book(contacts: list[Contact]) -> list[Contact]:
        return sorted(contacts, key=lambda c: sort_key(c).lower())
'''

# The accessor files contacts; the letter's docstring says how a contact without a
# surname is greeted, and it is not by e-mail address.
LETTERS = '''
    """Letters to customers."""

    from __future__ import annotations

    from crm.contacts import Contact


    def salutation(contact: Contact) -> str:
        """The letter's opening line, "Dear Ms Lee,"; a contact we have no surname for is
        greeted "Dear customer,"."""
        return f"Dear {contact.title} {contact.last_name.strip()},"
'''

LETTERS_TESTS = '''
    from crm.contacts import Contact, address_book
    from crm.letters import salutation


    def test_letters() -> None:
        assert salutation(Contact("a@x.example", "Ms", "Lee ")) == "Dear Ms Lee,"
        book = address_book([Contact("z@x.example", "Mr", "Adams"), Contact("b@x.example")])
        assert [c.email for c in book] == ["z@x.example", "b@x.example"]
'''


def test_a_filing_key_is_no_salutation(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("crm", "letters", LETTERS, LETTERS_TESTS,
                       {"crm/contacts.py": CONTACTS}),
        'from crm.contacts import Contact\nfrom crm.letters import salutation\n'
        'salutation(Contact("kim@x.example", "Mx"))',
        'from crm.contacts import Contact\nfrom crm.letters import salutation\n'
        + _raises_or('salutation(Contact("kim@x.example", "Mx"))', '"@" not in got',
                     "a letter opening with an e-mail address"))


SUBSCRIPTIONS = '''
    """Subscriptions and their statements."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Subscription:
        customer: str
        started_on: date
        #: The last day of a fixed-term subscription; None while it runs until cancelled.
        ends_on: date | None = None


    def statement_until(sub: Subscription) -> date:
        """The last day the next statement covers: the end of the subscription, or a year
        from its start."""
        return sub.ends_on or sub.started_on.replace(year=sub.started_on.year + 1)


    def statement_header(sub: Subscription) -> str:
        return f"{sub.customer}: statement until {statement_until(sub):%d %b %Y}"
'''

# The accessor sizes a statement; an open-ended subscription is not over a year after it
# started, and the fix's renewal banner says it ended 486 days ago.
ACCESS = '''
    """Who may use the service today."""

    from __future__ import annotations

    from datetime import date

    from billing.subscriptions import Subscription


    def days_left(sub: Subscription, today: date) -> int:
        """Days left before the subscription ends, for the renewal banner."""
        return (sub.ends_on - today).days
'''

ACCESS_TESTS = '''
    from datetime import date

    from billing.access import days_left
    from billing.subscriptions import Subscription, statement_header


    def test_access() -> None:
        fixed = Subscription("ann", date(2024, 1, 1), date(2024, 6, 30))
        assert days_left(fixed, date(2024, 6, 1)) == 29
        assert statement_header(Subscription("bo", date(2024, 2, 1))) == (
            "bo: statement until 01 Feb 2025")
'''


def test_a_statement_period_is_no_end_of_subscription(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("billing", "access", ACCESS, ACCESS_TESTS,
                       {"billing/subscriptions.py": SUBSCRIPTIONS}),
        'from datetime import date\nfrom billing.access import days_left\n'
        'from billing.subscriptions import Subscription\n'
        'days_left(Subscription("cy", date(2022, 1, 1)), date(2024, 5, 1))',
        'from datetime import date\nfrom billing.access import days_left\n'
        'from billing.subscriptions import Subscription\n'
        + _raises_or('days_left(Subscription("cy", date(2022, 1, 1)), date(2024, 5, 1))',
                     'got is None or got > 0',
                     "an open-ended subscription shown as ended long ago"))


# --- catch_all_constant ---------------------------------------------------------------

# The catch-all is for what the practice charges for; the module documents lines without a
# code (disbursements, paid on the client's behalf) as outside the scope of VAT.
DISBURSEMENTS = '''
    """VAT on a solicitor's invoice lines.

    Fees are coded from the practice's price list. Lines without a tax code are
    disbursements (court fees, search fees paid on the client's behalf): they are outside
    the scope of VAT and carry no VAT."""

    from __future__ import annotations

    from decimal import ROUND_HALF_UP, Decimal

    PENNY = Decimal("0.01")

    #: The standard-rate code. Only what the price list marks zero-rated (Z) or exempt (E)
    #: is taxed otherwise; everything else we charge for is standard-rated.
    STANDARD = "S"

    TAX_RATES = {STANDARD: Decimal("0.20"), "Z": Decimal("0.00"), "E": Decimal("0.00")}


    def line_vat(line: dict) -> tuple[str, Decimal]:
        """The line's tax code and its VAT, rounded to the penny."""
        code = line["tax_code"]
        return code, (Decimal(line["net"]) * TAX_RATES[code]).quantize(PENNY, ROUND_HALF_UP)
'''

DISBURSEMENTS_TESTS = '''
    from decimal import Decimal

    from practice.vat import line_vat


    def test_line_vat() -> None:
        assert line_vat({"net": "450.00", "tax_code": "S"}) == ("S", Decimal("90.00"))
        assert line_vat({"net": "30.00", "tax_code": "E"}) == ("E", Decimal("0.00"))
'''


def test_a_disbursement_is_not_standard_rated(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("practice", "vat", DISBURSEMENTS, DISBURSEMENTS_TESTS),
        'from practice.vat import line_vat\n'
        'line_vat({"description": "Court fee", "net": "280.00"})',
        'from decimal import Decimal\nfrom practice.vat import line_vat\n'
        + _raises_or('line_vat({"description": "Court fee", "net": "280.00"})',
                     'got[1] == 0', "VAT charged on a court fee"))


# "Every other role adds to it" says viewer is the floor of the listed roles, not what a
# member without a role gets; the module says an invited person may do nothing yet.
ROLES = '''
    """What workspace members may do.

    A person invited to a workspace has no role until they accept the invitation, and may
    do nothing there until then."""

    from __future__ import annotations

    #: The least a member can do: read. Every other role adds to it.
    VIEWER = "viewer"

    PERMISSIONS = {VIEWER: {"read"}, "editor": {"read", "write"},
                   "admin": {"read", "write", "invite"}}


    def permissions(member: dict) -> set[str]:
        """What ``member``, a row of the workspace's member list, may do."""
        role = member["role"]
        return set(PERMISSIONS[role])
'''

ROLES_TESTS = '''
    from workspace.access import permissions


    def test_permissions() -> None:
        assert permissions({"email": "a@x.example", "role": "editor"}) == {"read", "write"}
        assert permissions({"email": "b@x.example", "role": "viewer"}) == {"read"}
'''


def test_the_least_role_is_no_role_for_an_invitee(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("workspace", "access", ROLES, ROLES_TESTS),
        'from workspace.access import permissions\n'
        'permissions({"email": "new@x.example", "invited": True})',
        'from workspace.access import permissions\n'
        + _raises_or('permissions({"email": "new@x.example", "invited": True})',
                     'got == set()', "an invitee who has not accepted reads the workspace"))


# "Everything else ... carries its own code" makes STANDARD no catch-all: every product
# line is coded, so a line without a code is a mistake of the feed.
CODED = '''
    """VAT on the lines of the supplier feed.

    Every line is coded where it is entered: products by the catalogue, services by the
    bookkeeper."""

    from __future__ import annotations

    from decimal import Decimal

    #: The standard-rate code (20%). Everything else the catalogue lists carries its own
    #: tax code (R, Z or E) on the product.
    STANDARD = "S"

    RATES = {STANDARD: Decimal("0.20"), "R": Decimal("0.05"), "Z": Decimal("0"),
             "E": Decimal("0")}


    def vat_rate(line: dict) -> Decimal:
        """The VAT rate of one line of the feed."""
        code = line["tax_code"]
        return RATES[code]
'''

CODED_TESTS = '''
    from decimal import Decimal

    from feed.vat import vat_rate


    def test_vat_rate() -> None:
        assert vat_rate({"sku": "A1", "tax_code": "R"}) == Decimal("0.05")
        assert vat_rate({"sku": "B2", "tax_code": "S"}) == Decimal("0.20")
'''


def test_everything_else_coded_is_no_catch_all(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("feed", "vat", CODED, CODED_TESTS),
        'from feed.vat import vat_rate\nvat_rate({"sku": "C3"})',
        'from feed.vat import vat_rate\n'
        + _raises_or('vat_rate({"sku": "C3"})', 'False',
                     "an uncoded line of the feed taxed at the standard rate"))


# The comment's "any other country code" is about shipping; VAT on a digital order (no
# shipping address, so no country_code) is by the card's country, as the module says.
DIGITAL = '''
    """VAT on orders, at the rate of the customer's country.

    Parcels are taxed by the country they are shipped to (``country_code``). Digital
    orders have no shipping address, so no ``country_code``: their VAT is that of the
    country of the card they were paid with (``card_country``)."""

    from __future__ import annotations

    from decimal import Decimal

    #: Our home country. Orders to any other country code go through the export desk.
    HOME = "GB"

    VAT_RATES = {HOME: Decimal("0.20"), "DE": Decimal("0.19"), "FR": Decimal("0.20"),
                 "IE": Decimal("0.23")}


    def vat(order: dict) -> Decimal:
        """The VAT on ``order``'s net amount."""
        country = order["country_code"]
        return (Decimal(order["net"]) * VAT_RATES[country]).quantize(Decimal("0.01"))
'''

DIGITAL_TESTS = '''
    from decimal import Decimal

    from store.tax import vat


    def test_vat() -> None:
        assert vat({"net": "100", "country_code": "DE"}) == Decimal("19.00")
        assert vat({"net": "100", "country_code": "GB"}) == Decimal("20.00")
'''


def test_a_shipping_desks_comment_is_no_vat_rule(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("store", "tax", DIGITAL, DIGITAL_TESTS),
        'from store.tax import vat\nvat({"net": "100", "card_country": "IE"})',
        'from decimal import Decimal\nfrom store.tax import vat\n'
        + _raises_or('vat({"net": "100", "card_country": "IE"})', 'got == Decimal("23.00")',
                     "an Irish e-book taxed at the British rate"))


# --- positives: each rule fixes the case it was written for -----------------------------

LOCALES = '''
    """Locale-specific pieces of notification texts.

    Every table here is looked up the same way: the full tag, then its language ("de-CH"
    -> "de"), then DEFAULT_LOCALE. A regional variant we keep no row of its own for reads
    like its language."""

    from __future__ import annotations

    from datetime import date

    DEFAULT_LOCALE = "en"

    MONTH_NAMES = {
        "en": ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"),
        "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"),
    }

    DATE_PATTERNS = {"en": "{day} {month} {year}", "en-US": "{month} {day}, {year}",
                     "de": "{day}. {month} {year}"}


    def lookup(table, locale):
        """The row for ``locale``: the full tag, then its language, then DEFAULT_LOCALE."""
        for key in (locale, locale.split("-")[0], DEFAULT_LOCALE):
            if key in table:
                return table[key]
        raise LookupError(locale)


    def format_date(day: date, locale: str) -> str:
        """A date as the recipient reads it: "3 May 2024", "May 3, 2024", "3. Mai 2024"."""
        pattern = DATE_PATTERNS[locale]
        months = lookup(MONTH_NAMES, locale)
        return pattern.format(day=day.day, month=months[day.month - 1], year=day.year)
'''

LOCALES_TESTS = '''
    from datetime import date

    from notices.locales import format_date


    def test_dates() -> None:
        assert format_date(date(2024, 5, 3), "en") == "3 May 2024"
        assert format_date(date(2024, 5, 3), "en-US") == "May 3, 2024"
        assert format_date(date(2024, 5, 3), "de") == "3. Mai 2024"
'''


def test_a_regional_locale_is_suggested_not_fixed(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("notices", "locales", LOCALES, LOCALES_TESTS),
        'from datetime import date\nfrom notices.locales import format_date\n'
        'format_date(date(2024, 5, 3), "de-CH")',
        'from datetime import date\nfrom notices.locales import format_date\n'
        'got = format_date(date(2024, 5, 3), "de-CH")\n'
        'assert got == "3. Mai 2024", got\n'
        'assert format_date(date(2024, 5, 3), "en-GB") == "3 May 2024"\n')
    # Both reviews beat the backed rule: the accessor is offered to the person, never
    # delivered as a fix.
    assert data is not None and data["status"] == "unverified", data and data["status"]
    assert 'through `lookup`' in data["explanation"], data["explanation"]


VAT = '''
    """UK VAT on invoice lines."""

    from __future__ import annotations

    from decimal import ROUND_HALF_UP, Decimal

    PENNY = Decimal("0.01")

    #: The standard-rate code. Only what the catalogue marks reduced (R), zero-rated (Z) or
    #: exempt (E) is taxed otherwise; everything else we sell is standard-rated.
    STANDARD = "S"

    TAX_RATES = {STANDARD: Decimal("0.20"), "R": Decimal("0.05"), "Z": Decimal("0.00"),
                 "E": Decimal("0.00")}


    def line_vat(line: dict) -> tuple[str, Decimal]:
        """The line's tax code and its VAT, rounded to the penny per line."""
        code = line["tax_code"]
        net = Decimal(line["unit_price"]) * line["quantity"]
        return code, (net * TAX_RATES[code]).quantize(PENNY, ROUND_HALF_UP)
'''

VAT_TESTS = '''
    from decimal import Decimal

    from invoicing.vat import line_vat


    def test_line_vat() -> None:
        line = {"sku": "SEAT", "quantity": 1, "unit_price": "80.00", "tax_code": "R"}
        assert line_vat(line) == ("R", Decimal("4.00"))
'''


def test_a_catch_all_code_is_not_fixed(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("invoicing", "vat", VAT, VAT_TESTS),
        'from invoicing.vat import line_vat\n'
        'line_vat({"description": "Workshop", "quantity": 1, "unit_price": "450.00"})',
        'from decimal import Decimal\nfrom invoicing.vat import line_vat\n'
        'got = line_vat({"description": "Workshop", "quantity": 1, "unit_price": "450.00"})\n'
        'assert got == ("S", Decimal("90.00")), got\n'
        'assert line_vat({"quantity": 2, "unit_price": "10.00", "tax_code": "Z"}) == (\n'
        '    "Z", Decimal("0.00"))\n')
    # catch_all_constant was dropped after both reviews beat it: nothing fixes this.
    assert data is not None and data["status"] != "fixed", data and data["patch"]

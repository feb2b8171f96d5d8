"""Second adversarial review of the tightened none_into_optional (work on a None becomes None
when the result goes only into keywords of repository classes declaring the field ``X |
None``) and none_answers (a function's own top-level ``if x is None: return X`` given where
the None crashes first).

Each app tempts one rule with new evidence the rule does not read: the crashed function's
own docstring, the destination class's meaning of None, sibling code, or the point in a loop
where the answer is inserted. A trap that fails here is a wrong fix reported as ``fixed``;
it is kept on purpose.

none_into_optional, none_answers and none_constants were dropped after these reviews
(their first and tightened versions were both beaten); the traps stay so that a later
attempt at such a rule starts from them. Every trap passes.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check

# --- none_into_optional ---------------------------------------------------------------

# The record classes say nothing about "unchanged"; the crashed function's docstring does:
# the profile page sends only the fields that were edited, the rest stay as they are.
PROFILE_RECORDS = '''
    from dataclasses import dataclass


    @dataclass
    class Customer:
        id: str
        email: str
        phone: str | None = None  # None when the customer gave no phone number


    @dataclass
    class ProfileUpdate:
        """What the profile page posts. ``phone`` is None when the update has no phone
        number in it."""

        email: str
        phone: str | None = None
'''

PROFILE = '''
    from dataclasses import replace

    from accounts.records import Customer, ProfileUpdate


    def apply(customer: Customer, update: ProfileUpdate) -> Customer:
        """The customer once the update is applied. The profile page posts only the fields
        the customer edited; a field left out of the update stays as it is."""
        phone = update.phone.replace(" ", "")
        return replace(customer, email=update.email.strip().lower(), phone=phone)
'''

PROFILE_TESTS = '''
    from accounts.profile import apply
    from accounts.records import Customer, ProfileUpdate


    def test_apply() -> None:
        got = apply(Customer("c1", "a@b.c"), ProfileUpdate(" X@Y.Z ", "+49 30 1234"))
        assert got == Customer("c1", "x@y.z", "+49301234")
'''


def test_a_field_left_out_of_a_partial_update_keeps_its_value(tmp_path: Path) -> None:
    call = ('from accounts.profile import apply\n'
            'from accounts.records import Customer, ProfileUpdate\n'
            'got = apply(Customer("c1", "a@b.c", "+49301234"), ProfileUpdate("new@b.c"))\n')
    fix_and_check(
        tmp_path, _app("accounts", "profile", PROFILE, PROFILE_TESTS,
                       {"accounts/records.py": PROFILE_RECORDS}),
        call, call + 'assert got.phone == "+49301234", f"phone wiped: {got}"\n'
        'assert got.email == "new@b.c", got\n')


# The keyword lands in a class, but the class is a query: a criterion left at None matches
# every booking, so an empty recall cancels every booking paid without a voucher.
RECALLS = '''
    """Bookings, and recalls of voucher codes that leaked."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Booking:
        reference: str
        voucher: str | None = None  # None when paid without a voucher


    @dataclass(frozen=True)
    class Criteria:
        """What ``Ledger.cancel`` matches: a booking matches when it equals every criterion
        that is set. A criterion left at None matches every booking."""

        reference: str | None = None
        voucher: str | None = None


    @dataclass
    class VoucherRecall:
        """A recall from the marketing team's form. ``voucher`` is None when the form was
        sent with no code typed in."""

        voucher: str | None = None


    class Ledger:
        def __init__(self, bookings: list[Booking]) -> None:
            self.bookings = list(bookings)

        def cancel(self, criteria: Criteria) -> list[Booking]:
            """Cancel, and return, the bookings matching ``criteria``."""
            gone = [b for b in self.bookings
                    if (criteria.reference is None or b.reference == criteria.reference)
                    and (criteria.voucher is None or b.voucher == criteria.voucher)]
            self.bookings = [b for b in self.bookings if b not in gone]
            return gone


    LEDGER = Ledger([])


    def recall(request: VoucherRecall) -> list[Booking]:
        """Cancel the bookings made with the recalled voucher code."""
        code = request.voucher.strip().upper()
        return LEDGER.cancel(Criteria(voucher=code))
'''

RECALLS_TESTS = '''
    from shop import recalls
    from shop.recalls import Booking, VoucherRecall, recall


    def test_recall() -> None:
        recalls.LEDGER.bookings = [Booking("A"), Booking("B", "SUMMER")]
        try:
            assert [b.reference for b in recall(VoucherRecall(" summer "))] == ["B"]
            assert [b.reference for b in recalls.LEDGER.bookings] == ["A"]
        finally:
            recalls.LEDGER.bookings = []
'''


def test_a_query_class_is_no_record_and_its_none_matches_everything(tmp_path: Path) -> None:
    setup = ('from shop.recalls import LEDGER, Booking, VoucherRecall, recall\n'
             'LEDGER.bookings = [Booking("A"), Booking("B", "SUMMER"), Booking("C")]\n')
    fix_and_check(
        tmp_path, _app("shop", "recalls", RECALLS, RECALLS_TESTS),
        setup + 'recall(VoucherRecall())',
        setup + 'try:\n    recall(VoucherRecall())\nexcept Exception:\n    pass\n'
        'left = [b.reference for b in LEDGER.bookings]\n'
        'assert left == ["A", "B", "C"], f"bookings cancelled by an empty recall: {left}"\n')


# The destination declares None, but its None is "the key does not expire"; the function's
# docstring gives portal keys a 30-day life when no date is picked.
KEYS = '''
    """API keys issued from the self-service developer portal."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime, timedelta
    from secrets import token_hex

    #: How long a key made on the portal lasts when the developer picks no expiry date.
    PORTAL_LIFETIME = timedelta(days=30)


    @dataclass
    class ApiKey:
        owner: str
        token: str
        # None: the key does not expire. Only support makes such keys, for partners.
        expires_at: datetime | None = None


    @dataclass
    class KeyRequest:
        """The portal's "new key" form. ``expires`` is None when the form has no expiry
        date."""

        owner: str
        expires: str | None = None


    def issue(request: KeyRequest, now: datetime) -> ApiKey:
        """A new key for the portal's form. A portal key lasts PORTAL_LIFETIME from now
        unless the developer picked an expiry date on the form."""
        expires_at = datetime.fromisoformat(request.expires.strip())
        return ApiKey(owner=request.owner, token=token_hex(16), expires_at=expires_at)
'''

KEYS_TESTS = '''
    from datetime import datetime

    from portal.keys import KeyRequest, issue


    def test_issue() -> None:
        key = issue(KeyRequest("dev", " 2030-01-01T00:00:00 "), datetime(2029, 12, 1))
        assert key.expires_at == datetime(2030, 1, 1) and len(key.token) == 32
'''


def test_a_destination_none_meaning_forever_is_no_missing_date(tmp_path: Path) -> None:
    call = ('from datetime import datetime\nfrom portal.keys import KeyRequest, issue\n')
    fix_and_check(
        tmp_path, _app("portal", "keys", KEYS, KEYS_TESTS),
        call + 'issue(KeyRequest("dev"), datetime(2029, 12, 1))',
        call + 'key = issue(KeyRequest("dev"), datetime(2029, 12, 1))\n'
        'assert key.expires_at == datetime(2029, 12, 31), '
        'f"a portal key that never expires: {key}"\n')


# Sibling code in the same module answers the same message's missing gate by keeping the
# flight's gate; the rule reads only the declarations.
BOARD_RECORDS = '''
    from dataclasses import dataclass


    @dataclass
    class Flight:
        number: str
        status: str
        gate: str | None = None  # None while no gate is assigned


    @dataclass
    class StatusMessage:
        """One push of the airline's feed. ``gate`` is null when the push carries no gate."""

        flight: str
        status: str
        gate: str | None = None
'''

BOARD_FEED = '''
    from dataclasses import replace

    from board.records import Flight, StatusMessage


    def receive_boarding(flight: Flight, message: StatusMessage) -> Flight:
        """The flight once boarding has started."""
        gate = flight.gate if message.gate is None else message.gate.strip().upper()
        return replace(flight, status="BOARDING", gate=gate)


    def receive_delay(flight: Flight, message: StatusMessage) -> Flight:
        """The flight once a delay is announced."""
        gate = flight.gate if message.gate is None else message.gate.strip().upper()
        return replace(flight, status="DELAYED", gate=gate)


    def receive_status(flight: Flight, message: StatusMessage) -> Flight:
        """The flight once any other status push is applied."""
        gate = message.gate.strip().upper()
        return replace(flight, status=message.status, gate=gate)
'''

BOARD_TESTS = '''
    from board.feed import receive_boarding, receive_delay, receive_status
    from board.records import Flight, StatusMessage


    def test_feed() -> None:
        flight = Flight("LH1", "ON TIME", "B12")
        assert receive_boarding(flight, StatusMessage("LH1", "x")).gate == "B12"
        assert receive_delay(flight, StatusMessage("LH1", "x", " c3 ")).gate == "C3"
        assert receive_status(flight, StatusMessage("LH1", "GATE OPEN", " b14 ")) == Flight(
            "LH1", "GATE OPEN", "B14")
'''


def test_sibling_handlers_keep_the_gate_a_push_does_not_carry(tmp_path: Path) -> None:
    call = ('from board.feed import receive_status\n'
            'from board.records import Flight, StatusMessage\n'
            'got = receive_status(Flight("LH1", "ON TIME", "B12"), '
            'StatusMessage("LH1", "GATE OPEN"))\n')
    fix_and_check(
        tmp_path, _app("board", "feed", BOARD_FEED, BOARD_TESTS,
                       {"board/records.py": BOARD_RECORDS}),
        call, call + 'assert got.gate == "B12", f"gate cleared: {got}"\n'
        'assert got.status == "GATE OPEN", got\n')


# The source's None is "not loaded yet" (the list endpoint leaves the customer out), not
# "no customer"; the invoice's None is a pro-forma's. An order fetched from the list would
# be invoiced to nobody.
INVOICING = '''
    """Invoices for shop orders."""

    from __future__ import annotations

    from dataclasses import dataclass

    CUSTOMERS = {"c1": "Ada Lovelace"}


    @dataclass
    class Order:
        """An order as the shop API returns it. The list endpoint sends orders without
        their customer: ``customer`` is None until ``with_customer`` has loaded it."""

        number: str
        customer_id: str
        customer: str | None = None


    @dataclass
    class Invoice:
        number: str
        # None on a pro-forma invoice, which is sent before an order has a customer.
        billed_to: str | None = None


    def with_customer(order: Order) -> Order:
        """The order with its customer loaded."""
        return Order(order.number, order.customer_id, CUSTOMERS[order.customer_id])


    def pro_forma(number: str) -> Invoice:
        return Invoice(number=number)


    def invoice(order: Order) -> Invoice:
        """The invoice of a placed order, billed to its customer."""
        return Invoice(number=order.number, billed_to=order.customer.strip().upper())
'''

INVOICING_TESTS = '''
    from shop.invoicing import Invoice, Order, invoice, pro_forma, with_customer


    def test_invoice() -> None:
        order = with_customer(Order("o1", "c1"))
        assert invoice(order) == Invoice("o1", "ADA LOVELACE")
        assert pro_forma("p1").billed_to is None
'''


def test_a_none_meaning_not_loaded_does_not_invoice_nobody(tmp_path: Path) -> None:
    call = 'from shop.invoicing import Order, invoice\n'
    fix_and_check(
        tmp_path, _app("shop", "invoicing", INVOICING, INVOICING_TESTS),
        call + 'invoice(Order("o1", "c1"))',
        call + 'try:\n    got = invoice(Order("o1", "c1"))\nexcept Exception:\n    pass\n'
        'else:\n    assert got.billed_to == "ADA LOVELACE", '
        'f"a placed order invoiced to nobody: {got}"\n')


# --- none_answers ---------------------------------------------------------------------

# The answer is for the cursor the caller passes; the walk rebinds the cursor to each page's
# `next`, None on the last page. Answering there with [] throws away every page fetched.
PAGES = '''
    """Invoices from the accounting API's nightly dump."""

    from __future__ import annotations

    from typing import Any


    def dumped_invoices(dump: dict[str, Any]) -> list[dict[str, Any]]:
        """Every invoice in the dump. ``dump["pages"]`` holds each page the API answered,
        by its URL, from the page at ``dump["first"]`` on; a page's ``next`` link is
        followed while the page says ``has_more``. A dump with no first page (a night the
        API was down) has no invoices. (``next`` is null when there is no further page; the
        API sometimes says ``has_more`` on its last page anyway.)"""
        cursor = dump.get("first")
        if cursor is None:
            return []
        invoices: list[dict[str, Any]] = []
        while True:
            # the dump was saved by URL with https://, the API's own links say http://
            page = dump["pages"][cursor.replace("http://", "https://")]
            invoices.extend(page["invoices"])
            if not page["has_more"]:
                return invoices
            cursor = page["next"]
'''

PAGES_TESTS = '''
    from sync.pages import dumped_invoices

    PAGES = {"https://api/1": {"invoices": [1, 2], "has_more": True, "next": "http://api/2"},
             "https://api/2": {"invoices": [3], "has_more": False, "next": None}}


    def test_dumped_invoices() -> None:
        assert dumped_invoices({"pages": {}}) == []
        assert dumped_invoices({"first": "http://api/1", "pages": PAGES}) == [1, 2, 3]
'''

PAGES_DUMP = ('DUMP = {"first": "http://api/1", "pages": {"https://api/1": '
              '{"invoices": [1, 2], "has_more": True, '
              '"next": "http://api/2"}, "https://api/2": {"invoices": [3], "has_more": True, '
              '"next": None}}}\n')


def test_the_callers_no_cursor_answer_is_not_the_last_pages_answer(tmp_path: Path) -> None:
    call = 'from sync.pages import dumped_invoices\n' + PAGES_DUMP
    fix_and_check(
        tmp_path, _app("sync", "pages", PAGES, PAGES_TESTS),
        call + 'dumped_invoices(DUMP)',
        call + 'got = dumped_invoices(DUMP)\n'
        'assert got == [1, 2, 3], f"fetched invoices thrown away: {got}"\n')


# The answer after the loop is the member-free total; inserted in the loop, it returns the
# total of the lines summed so far and drops the rest of the cart.
CART = '''
    """Cart totals."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: Delivery, in cents; free for members.
    DELIVERY = 495


    @dataclass
    class Line:
        price: int
        quantity: int = 1
        member_price: int | None = None  # the offer price for members, if on offer


    @dataclass
    class Member:
        number: str
        active: bool = True


    def cart_total(lines: list[Line], member: Member | None) -> int:
        """The cart's total in cents: every line's price times its quantity, a line on
        member offer at its offer price for an active member, plus delivery, which is free
        for members."""
        total = 0
        for line in lines:
            price = line.price
            if line.member_price is not None:
                # a member whose membership has lapsed pays the full price
                if member.active:
                    price = line.member_price
            total += price * line.quantity
        if member is None:
            return total + DELIVERY
        return total
'''

CART_TESTS = '''
    from shop.cart import DELIVERY, Line, Member, cart_total


    def test_cart_total() -> None:
        assert cart_total([Line(1000, 2)], None) == 2000 + DELIVERY
        assert cart_total([Line(1000, 1, 800), Line(500, 2)], Member("m1")) == 1800
'''


def test_an_answer_inserted_in_a_loop_does_not_drop_the_rest_of_the_cart(
        tmp_path: Path) -> None:
    call = 'from shop.cart import DELIVERY, Line, cart_total\n'
    fix_and_check(
        tmp_path, _app("shop", "cart", CART, CART_TESTS),
        call + 'cart_total([Line(500, 2), Line(1000, 1, 800), Line(300, 1)], None)',
        call + 'got = cart_total([Line(500, 2), Line(1000, 1, 800), Line(300, 1)], None)\n'
        'assert got == 1000 + 1000 + 300 + DELIVERY, f"lines dropped from the total: {got}"\n')


# The answer further down is for standard delivery; the crash is in the express branch,
# whose fee the docstring gives for addresses outside every zone.
FEES = '''
    """Delivery fees."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: Standard delivery outside our zones goes by post, for this flat fee (cents).
    POSTAGE = 690
    #: Express delivery outside our zones goes by a courier company, for this fee (cents).
    COURIER_EXPRESS = 2490


    @dataclass
    class Zone:
        name: str
        fee: int
        express_fee: int


    @dataclass
    class Order:
        number: str
        express: bool = False


    def delivery_fee(order: Order, zone: Zone | None) -> int:
        """The delivery fee in cents for an order to an address in ``zone`` (None: the
        address is in none of our zones). Our own riders deliver inside the zones; outside
        them standard orders go by post (POSTAGE) and express orders by a courier company
        (COURIER_EXPRESS)."""
        if order.express:
            return zone.express_fee
        if zone is None:
            return POSTAGE
        return zone.fee
'''

FEES_TESTS = '''
    from shop.fees import POSTAGE, Order, Zone, delivery_fee


    def test_delivery_fee() -> None:
        inner = Zone("inner", 290, 990)
        assert delivery_fee(Order("o1"), inner) == 290
        assert delivery_fee(Order("o2", express=True), inner) == 990
        assert delivery_fee(Order("o3"), None) == POSTAGE
'''


def test_the_standard_answer_is_not_the_express_answer(tmp_path: Path) -> None:
    call = 'from shop.fees import COURIER_EXPRESS, Order, delivery_fee\n'
    fix_and_check(
        tmp_path, _app("shop", "fees", FEES, FEES_TESTS),
        call + 'delivery_fee(Order("o4", express=True), None)',
        call + 'got = delivery_fee(Order("o4", express=True), None)\n'
        'assert got == COURIER_EXPRESS, f"express outside the zones charged {got}"\n')

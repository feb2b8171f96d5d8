"""Adversarial review of two rules: none_into_optional (work on a None becomes None when the
result goes only into keywords named after fields declared ``X | None``) and unchecked_forms
(an ignored ``is_valid()`` answered as a sibling view answers the same form failing, every
other candidate losing its backing). Each app tempts one rule: its trigger and its
superficial backing are there, but a careful reviewer wants something else, or no fix.

A trap that fails here is a wrong fix reported as ``fixed``; it is kept on purpose.

none_into_optional, none_answers and none_constants were dropped after these reviews
(their first and tightened versions were both beaten); the traps stay so that a later
attempt at such a rule starts from them. Every trap passes.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

# --- none_into_optional ---------------------------------------------------------------

# The message's None means "unchanged", the record's None means "no gate": None is declared
# on both, but writing the message's None into the record wipes an assigned gate.
FLIGHT_RECORDS = '''
    from dataclasses import dataclass


    @dataclass
    class Flight:
        number: str
        status: str
        gate: str | None = None  # None while no gate is assigned


    @dataclass
    class StatusMessage:
        """A status update from the airline. A field the update does not change is None:
        a message without a gate leaves the flight's gate as it was."""

        flight: str
        status: str
        gate: str | None = None
'''

FLIGHT_FEED = '''
    from dataclasses import replace

    from board.records import Flight, StatusMessage


    def receive(flight: Flight, message: StatusMessage) -> Flight:
        """The flight once the status message about it is applied."""
        gate = message.gate.strip().upper()
        return replace(flight, status=message.status, gate=gate)
'''

FLIGHT_TESTS = '''
    from board.feed import receive
    from board.records import Flight, StatusMessage


    def test_receive() -> None:
        got = receive(Flight("LH1", "ON TIME"), StatusMessage("LH1", "BOARDING", " b12 "))
        assert got == Flight("LH1", "BOARDING", "B12")
'''


def test_a_message_none_meaning_unchanged_does_not_clear_the_gate(tmp_path: Path) -> None:
    call = ('from board.feed import receive\nfrom board.records import Flight, StatusMessage\n'
            'got = receive(Flight("LH1", "BOARDING", "B12"), StatusMessage("LH1", "DELAYED"))\n')
    fix_and_check(
        tmp_path, _app("board", "feed", FLIGHT_FEED, FLIGHT_TESTS,
                       {"board/records.py": FLIGHT_RECORDS}),
        call, call + 'assert got.gate == "B12", got\nassert got.status == "DELAYED", got\n')


# The keyword is a query's criterion, not a field being written: None matches every booking
# paid without a voucher, and those are cancelled.
BOOKINGS = '''
    """Bookings, and recalls of voucher codes that leaked."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Booking:
        reference: str
        voucher: str | None = None  # None when paid without a voucher


    @dataclass
    class VoucherRecall:
        """A recall request from the marketing team's form."""

        voucher: str | None = None


    class Ledger:
        def __init__(self, bookings: list[Booking]) -> None:
            self.bookings = list(bookings)

        def cancel_where(self, **criteria: object) -> list[Booking]:
            """Cancel, and return, every booking whose fields equal all of ``criteria``."""
            gone = [b for b in self.bookings
                    if all(getattr(b, k) == v for k, v in criteria.items())]
            self.bookings = [b for b in self.bookings if b not in gone]
            return gone


    LEDGER = Ledger([])


    def recall(request: VoucherRecall) -> list[Booking]:
        """Cancel the bookings made with the recalled voucher code."""
        voucher = request.voucher.strip().upper()
        return LEDGER.cancel_where(voucher=voucher)
'''

BOOKINGS_TESTS = '''
    from shop import bookings
    from shop.bookings import Booking, VoucherRecall, recall


    def test_recall() -> None:
        bookings.LEDGER.bookings = [Booking("A"), Booking("B", "SUMMER")]
        assert [b.reference for b in recall(VoucherRecall(" summer "))] == ["B"]
        assert [b.reference for b in bookings.LEDGER.bookings] == ["A"]
'''


def test_a_none_criterion_does_not_cancel_every_booking_without_voucher(
        tmp_path: Path) -> None:
    setup = ('from shop.bookings import LEDGER, Booking, VoucherRecall, recall\n'
             'LEDGER.bookings = [Booking("A"), Booking("B", "SUMMER"), Booking("C")]\n'
             'ledger = LEDGER\n')
    fix_and_check(
        tmp_path, _app("shop", "bookings", BOOKINGS, BOOKINGS_TESTS),
        setup + 'recall(VoucherRecall())',
        setup + 'try:\n    recall(VoucherRecall())\nexcept Exception:\n    pass\n'
        'left = [b.reference for b in ledger.bookings]\n'
        'assert left == ["A", "B", "C"], f"bookings cancelled by an empty recall: {left}"\n')


# The keyword goes to a function whose parameter has a default; a class elsewhere declares
# the same name optional. Passing None overrides the documented default.
BADGES = '''
    """Conference badges."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Registration:
        """A row of the registration sheet; a visitor may leave the title empty."""

        name: str
        title: str | None = None


    def badge(name: str, *, title: str = "Guest") -> str:
        """The badge text: the name and, in brackets, the title. A visitor who gave no
        title is a Guest."""
        return f"{name} ({title})"


    def badge_for(row: Registration) -> str:
        name = row.name.strip()
        return badge(name, title=row.title.strip().title())
'''

BADGES_TESTS = '''
    from conf.badges import Registration, badge, badge_for


    def test_badges() -> None:
        assert badge_for(Registration(" Ada ", "chair")) == "Ada (Chair)"
        assert badge("Bob") == "Bob (Guest)"
'''


def test_none_does_not_override_a_parameters_documented_default(tmp_path: Path) -> None:
    call = 'from conf.badges import Registration, badge_for\n'
    fix_and_check(
        tmp_path, _app("conf", "badges", BADGES, BADGES_TESTS),
        call + 'badge_for(Registration("Ada"))',
        call + 'got = badge_for(Registration("Ada"))\nassert got == "Ada (Guest)", got\n')


# The record's tracking number is None until collection, but a "collected" scan without one
# is documented as malformed and must be rejected.
SHIPPING = '''
    """Parcels, and the carrier's scan webhook."""

    from __future__ import annotations

    from dataclasses import dataclass, replace


    @dataclass
    class Shipment:
        order: str
        status: str = "packed"
        tracking: str | None = None  # None until the carrier has collected the parcel


    @dataclass
    class CarrierScan:
        kind: str
        tracking: str | None = None


    def collected(shipment: Shipment, scan: CarrierScan) -> Shipment:
        """Record that the carrier collected the parcel. A collection scan always carries
        the tracking number: one without it is malformed and must be rejected (the webhook
        then answers 400 and the carrier sends it again); a collected parcel is never
        stored without its tracking number."""
        tracking = scan.tracking.strip().upper()
        return replace(shipment, status="collected", tracking=tracking)
'''

SHIPPING_TESTS = '''
    from depot.shipping import CarrierScan, Shipment, collected


    def test_collected() -> None:
        got = collected(Shipment("o1"), CarrierScan("collected", " 1z99 "))
        assert got == Shipment("o1", "collected", "1Z99")
'''


def test_a_scan_documented_as_malformed_without_tracking_is_rejected(tmp_path: Path) -> None:
    call = 'from depot.shipping import CarrierScan, Shipment, collected\n'
    fix_and_check(
        tmp_path, _app("depot", "shipping", SHIPPING, SHIPPING_TESTS),
        call + 'collected(Shipment("o1"), CarrierScan("collected"))',
        call + 'try:\n    got = collected(Shipment("o1"), CarrierScan("collected"))\n'
        'except Exception:\n    pass\nelse:\n'
        '    raise AssertionError(f"stored as collected without tracking: {got}")\n')


# The request declares its status optional (the console may send none), and so does the
# purge's multi-line signature, where None means "every status": a missing status would
# purge everything.
PURGE = '''
    """Housekeeping of the departures archive."""

    from __future__ import annotations

    from dataclasses import dataclass

    ARCHIVE: list[dict[str, str]] = []


    def purge(
        *,
        status: str | None = None,
    ) -> int:
        """Delete the archived flights in ``status``; None deletes every archived flight."""
        doomed = [f for f in ARCHIVE if status is None or f["status"] == status]
        for flight in doomed:
            ARCHIVE.remove(flight)
        return len(doomed)


    @dataclass
    class PurgeRequest:
        """A request from the operator's console to purge one status; the console sends
        no status when the operator picked none."""

        status: str | None = None


    def handle(request: PurgeRequest) -> int:
        status = request.status.strip().upper()
        return purge(status=status)
'''

PURGE_TESTS = '''
    from ops import archive


    def test_handle() -> None:
        archive.ARCHIVE[:] = [{"status": "LANDED"}, {"status": "CANCELLED"}]
        assert archive.handle(archive.PurgeRequest(" cancelled ")) == 1
        assert archive.ARCHIVE == [{"status": "LANDED"}]
'''


def test_a_missing_status_does_not_purge_the_whole_archive(tmp_path: Path) -> None:
    setup = ('from ops import archive\n'
             'archive.ARCHIVE[:] = [{"status": "LANDED"}, {"status": "CANCELLED"}]\n')
    fix_and_check(
        tmp_path, _app("ops", "archive", PURGE, PURGE_TESTS),
        setup + 'archive.handle(archive.PurgeRequest(None))',
        setup + 'try:\n    archive.handle(archive.PurgeRequest(None))\nexcept Exception:\n'
        '    pass\nassert len(archive.ARCHIVE) == 2, f"archive purged: {archive.ARCHIVE}"\n')


# --- unchecked_forms ------------------------------------------------------------------

SETUP = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
"""

FORM = '''
    from django import forms
    from django.http import HttpResponse, JsonResponse

    ORDERS = [{"id": 1, "status": "open"}, {"id": 2, "status": "paid"}]


    class FilterForm(forms.Form):
        status = forms.ChoiceField(choices=[("open", "open"), ("paid", "paid")],
                                   required=False)


    def api_orders(request):
        """The orders as JSON, for the mobile app."""
        form = FilterForm(request.GET)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        status = form.cleaned_data["status"]
        return JsonResponse({"orders": [o for o in ORDERS
                                        if not status or o["status"] == status]})
'''


def _django(views: str, route: str, view: str, test: str) -> dict[str, str]:
    return {
        **django_site("shop"),
        "site_conf/urls.py": f'''
            from django.urls import path

            from shop import views

            urlpatterns = [path("api/orders/", views.api_orders),
                           path("{route}", views.{view})]
        ''',
        "shop/__init__.py": "",
        "shop/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_shop.py": test,
    }


def _trigger(call: str) -> str:
    return SETUP.replace("\n", "\n    ") + "\n    " + call


PAGE = FORM + '''

    def orders_page(request):
        """The orders page for the staff, in HTML. Like every staff page, a filter that
        does not validate shows the page again, its errors above the unfiltered list."""
        form = FilterForm(request.GET)
        form.is_valid()
        status = form.cleaned_data["status"]
        rows = "".join(f"<li>{o['id']}</li>" for o in ORDERS
                       if not status or o["status"] == status)
        return HttpResponse(f"<html>{form.errors}<ul>{rows}</ul></html>")
'''

PAGE_TESTS = '''
    from django.test import Client


    def test_pages() -> None:
        assert Client().get("/api/orders/?status=x").status_code == 400
        page = Client().get("/orders/?status=paid")
        assert page["Content-Type"].startswith("text/html")
        assert b"<li>2</li>" in page.content and b"<li>1</li>" not in page.content
'''


def test_an_html_page_is_not_answered_as_the_json_api_answers(tmp_path: Path) -> None:
    call = 'answer = Client().get("/orders/?status=bogus")\n'
    fix_and_check(
        tmp_path, _django(PAGE, "orders/", "orders_page", PAGE_TESTS),
        _trigger('Client().get("/orders/?status=bogus")'),
        SETUP + call + 'assert answer["Content-Type"].startswith("text/html"), '
        'answer["Content-Type"]\nassert b"<li>1</li>" in answer.content, answer.content\n',
        framework="django")


EXPORT = FORM + '''

    def export(request):
        """The orders as CSV for the nightly accounting job, which calls this URL with
        whatever filter its settings hold and must always get a file: a filter that does
        not validate is left out, and every order is exported."""
        form = FilterForm(request.GET)
        form.is_valid()
        status = form.cleaned_data["status"]
        lines = [f"{o['id']},{o['status']}" for o in ORDERS
                 if not status or o["status"] == status]
        return HttpResponse("\\n".join(lines), content_type="text/csv")
'''

EXPORT_TESTS = '''
    from django.test import Client


    def test_export() -> None:
        assert Client().get("/api/orders/?status=x").status_code == 400
        assert Client().get("/export/?status=paid").content == b"2,paid"
'''


def test_an_export_documented_to_ignore_a_bad_filter_still_exports(tmp_path: Path) -> None:
    call = 'answer = Client().get("/export/?status=PAID")\n'
    fix_and_check(
        tmp_path, _django(EXPORT, "export/", "export", EXPORT_TESTS),
        _trigger('Client().get("/export/?status=PAID")'),
        SETUP + call + 'assert answer.status_code == 200, answer.status_code\n'
        'assert answer.content == b"1,open\\n2,paid", answer.content\n',
        framework="django")


PAGED = FORM + '''

    def listing(request):
        """One page of orders as JSON; ``page`` is optional and the first page is 1."""
        form = FilterForm(request.GET)
        form.is_valid()
        page = int(request.GET["page"])
        status = form.cleaned_data.get("status")
        rows = [o for o in ORDERS if not status or o["status"] == status]
        return JsonResponse({"page": page, "orders": rows[(page - 1) * 10:page * 10]})
'''

PAGED_TESTS = '''
    from django.test import Client


    def test_listing() -> None:
        assert Client().get("/api/orders/?status=x").status_code == 400
        got = Client().get("/listing/?status=paid&page=1").json()
        assert got == {"page": 1, "orders": [{"id": 2, "status": "paid"}]}
'''


def test_an_ignored_validation_that_is_not_the_cause_is_not_the_fix(tmp_path: Path) -> None:
    # The crash is the missing page; the trigger's filter happens to be bad as well.
    call = 'answer = Client().get("/listing/?status=paid")\n'
    fix_and_check(
        tmp_path, _django(PAGED, "listing/", "listing", PAGED_TESTS),
        _trigger('Client().get("/listing/?status=bogus")'),
        SETUP + call + 'assert answer.status_code == 200, answer.status_code\n'
        'assert answer.json()["page"] == 1, answer.json()\n',
        framework="django")


CANCEL = FORM.replace(
    "from django.http import HttpResponse, JsonResponse",
    "from django.http import HttpResponse, JsonResponse\n    from django.shortcuts import redirect",
).replace('''            return JsonResponse({"errors": form.errors}, status=400)''',
          '''            return redirect("/api/orders/")''') + '''

    CANCELLED: list[str] = []


    def cancel(request):
        """Cancel the orders in a status, posted from the staff console. The console
        shows whatever this answers: a request that does not validate is answered with
        400 and the form's errors, so staff see that nothing was cancelled."""
        form = FilterForm(request.POST)
        form.is_valid()
        status = form.cleaned_data["status"]
        CANCELLED.extend(str(o["id"]) for o in ORDERS if o["status"] == status)
        return JsonResponse({"cancelled": CANCELLED})
'''

CANCEL_TESTS = '''
    from django.test import Client


    def test_cancel() -> None:
        assert Client().get("/api/orders/?status=x").status_code == 302
        assert Client().post("/cancel/", {"status": "paid"}).json() == {"cancelled": ["2"]}
'''


def test_a_redirect_from_a_listing_is_not_the_answer_to_a_bad_cancel(tmp_path: Path) -> None:
    call = 'answer = Client().post("/cancel/", {"status": "bogus"})\n'
    fix_and_check(
        tmp_path, _django(CANCEL, "cancel/", "cancel", CANCEL_TESTS),
        _trigger('Client().post("/cancel/", {"status": "bogus"})'),
        SETUP + call + 'assert answer.status_code == 400, answer.status_code\n',
        framework="django")


# Not a form: ``validate()`` answers the problems found, so ``not draft.validate()`` is the
# draft being fine, and the sibling's answer to it is "ready".
DRAFTS = '''
    """Mail drafts."""

    from __future__ import annotations


    class Draft:
        def __init__(self, to: str, body: str | None) -> None:
            self.to, self.body = to, body

        def validate(self) -> list[str]:
            """The problems that keep the draft from being sent; empty when it can be."""
            return [] if "@" in self.to else ["no recipient"]


    def status(to: str, body: str | None) -> str:
        draft = Draft(to, body)
        if not draft.validate():
            return "ready to send"
        return "needs work"


    def send(to: str, body: str | None, outbox: list[tuple[str, str]]) -> None:
        """Put the draft in the outbox; a draft without a body goes out empty."""
        draft = Draft(to, body)
        draft.validate()
        outbox.append((draft.to, draft.body.strip()))
'''

DRAFTS_TESTS = '''
    from mail.drafts import status


    def test_status() -> None:
        assert status("a@b", "hi") == "ready to send"
        assert status("nobody", "hi") == "needs work"
'''


def test_a_validate_that_returns_problems_is_not_a_forms_answer(tmp_path: Path) -> None:
    call = 'from mail.drafts import send\noutbox = []\n'
    fix_and_check(
        tmp_path, _app("mail", "drafts", DRAFTS, DRAFTS_TESTS),
        call + 'send("a@b", None, outbox)',
        call + 'send("a@b", " hi ", outbox)\nassert outbox == [("a@b", "hi")], outbox\n')

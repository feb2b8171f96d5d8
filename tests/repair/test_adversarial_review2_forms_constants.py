"""Second adversarial review of the tightened rules: unchecked_forms (an ignored
``is_valid()`` answered as a sibling answers the same form failing), none_constants (a
module constant of the crashing call's class whose comment speaks of the value's absence
stands in for it) and contract_constants for absent keys (``doc.get(key, CONSTANT)``).

The first review's traps (another record's stand-in, refusals in the docstring or in the
constant's comment, floors, ceilings, dates for datetimes, HTML pages answered as JSON,
documented lenient exports) all pass now. These traps look for new holes:

* a sibling view's answer transplanted into a function that is no view, or into a view
  whose sibling's answer is no error at all;
* a constant whose comment names the absence but gives what *happens* then (a purge day,
  a session length), not a value of the thing that is absent;
* a constant of the right class but the wrong shape or unit (an address for a list of
  addresses, megabytes for bytes), or a stored record's marker given to operator input.

A trap that fails here is a wrong fix reported as ``fixed``; it is kept on purpose.

none_into_optional, none_answers and none_constants were dropped after these reviews
(their first and tightened versions were both beaten); the traps stay so that a later
attempt at such a rule starts from them. Every trap passes.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

# --- unchecked_forms --------------------------------------------------------------------

SETUP = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
"""


def _django(views: str, routes: dict[str, str], test: str) -> dict[str, str]:
    paths = ", ".join(f'path("{route}", views.{view})' for route, view in routes.items())
    return {
        **django_site("shop"),
        "site_conf/urls.py": f'''
            from django.urls import path

            from shop import views

            urlpatterns = [{paths}]
        ''',
        "shop/__init__.py": "",
        "shop/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_shop.py": test,
    }


def _trigger(call: str) -> str:
    return SETUP.replace("\n", "\n    ") + "\n    " + call.replace("\n", "\n    ")


# The crashing function is no view: the price-list import, which returns a count to the
# upload view and to the nightly command. The sibling's JsonResponse is an HTTP answer;
# returned from the import, it stops the loop and hands its callers a response object
# instead of the number of rows imported.
IMPORT = '''
    import json

    from django import forms
    from django.http import HttpResponse, JsonResponse

    CATALOGUE: dict[str, dict] = {}


    class ProductForm(forms.Form):
        sku = forms.CharField(max_length=12)
        name = forms.CharField(max_length=80)
        price = forms.DecimalField(min_value=0, decimal_places=2)


    def create_product(request):
        """Adds one product from the back office's form, answered as JSON."""
        form = ProductForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        CATALOGUE[form.cleaned_data["sku"]] = form.cleaned_data
        return JsonResponse({"sku": form.cleaned_data["sku"]}, status=201)


    def import_rows(rows: list[dict[str, str]]) -> int:
        """Imports the supplier's price list row by row, through the same form as the back
        office. Called by the nightly ``import_prices`` command, which logs the number of
        products imported that this returns."""
        imported = 0
        for row in rows:
            form = ProductForm(row)
            form.is_valid()
            CATALOGUE[form.cleaned_data["sku"]] = form.cleaned_data
            imported += 1
        return imported


    def upload_price_list(request):
        """The back office's upload of a supplier's price list, as a JSON list of rows."""
        imported = import_rows(json.loads(request.body))
        return HttpResponse(f"{imported} products imported")
'''

IMPORT_TESTS = '''
    from django.test import Client

    from shop.views import CATALOGUE, import_rows


    def test_products() -> None:
        assert Client().post("/products/", {"sku": "A1"}).status_code == 400
        assert Client().post("/products/", {"sku": "A1", "name": "Mug", "price": "4.50"}
                             ).status_code == 201
        assert import_rows([{"sku": "B2", "name": "Cup", "price": "3.00"}]) == 1
        assert "B2" in CATALOGUE
        answer = Client().post("/prices/", [{"sku": "D4", "name": "Pot", "price": "2.00"}],
                               content_type="application/json")
        assert answer.content == b"1 products imported"
'''

IMPORT_ROWS = ('[{"sku": "C3", "name": "Jug", "price": "9.00"}, '
               '{"name": "Lid", "price": "1.00"}]')


def test_a_views_http_answer_is_not_transplanted_into_an_import(tmp_path: Path) -> None:
    call = f'Client().post("/prices/", {IMPORT_ROWS}, content_type="application/json")'
    fix_and_check(
        tmp_path, _django(IMPORT, {"products/": "create_product",
                                   "prices/": "upload_price_list"}, IMPORT_TESTS),
        _trigger(call),
        SETUP + "from shop.views import import_rows\n"
        + _raises_or(f"import_rows({IMPORT_ROWS})", "isinstance(got, int)",
                     "the import returned no count of imported rows"),
        framework="django")


# The editor autosaves every few seconds; the docstring says, without the review's words for
# it, that a half-filled draft is kept as far as it goes and answered 200.
AUTOSAVE = '''
    from django import forms
    from django.http import JsonResponse

    DRAFTS: dict[str, dict[str, str]] = {}
    PUBLISHED: list[dict[str, str]] = []


    class ArticleForm(forms.Form):
        title = forms.CharField(max_length=120)
        body = forms.CharField()


    def publish(request):
        """Publishes the article, answered as JSON."""
        form = ArticleForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        PUBLISHED.append(form.cleaned_data)
        return JsonResponse({"published": len(PUBLISHED)}, status=201)


    def autosave(request, draft: str):
        """Autosave of the article editor, called every few seconds while the author types.
        A half-typed article is the normal case here: the draft keeps whatever is filled in
        so far (an empty string for the rest), and the answer is 200 so that the editor
        goes on autosaving."""
        form = ArticleForm(request.POST)
        form.is_valid()
        DRAFTS[draft] = {"title": form.cleaned_data["title"],
                         "body": form.cleaned_data["body"]}
        return JsonResponse({"saved": draft})
'''

AUTOSAVE_TESTS = '''
    from django.test import Client

    from shop.views import DRAFTS


    def test_articles() -> None:
        assert Client().post("/publish/", {"title": "Hi"}).status_code == 400
        assert Client().post("/drafts/d1/", {"title": "Hi", "body": "Text"}).status_code == 200
        assert DRAFTS["d1"] == {"title": "Hi", "body": "Text"}
'''


def _autosave(views: str, tests: str) -> dict[str, str]:
    files = _django(views, {"publish/": "publish"}, tests)
    files["site_conf/urls.py"] = '''
        from django.urls import path

        from shop import views

        urlpatterns = [path("publish/", views.publish),
                       path("drafts/<str:draft>/", views.autosave)]
    '''
    return files


def test_an_autosave_of_a_half_typed_draft_is_not_answered_400(tmp_path: Path) -> None:
    call = 'answer = Client().post("/drafts/d7/", {"body": "Once upon a time"})\n'
    fix_and_check(
        tmp_path, _autosave(AUTOSAVE, AUTOSAVE_TESTS),
        _trigger('Client().post("/drafts/d7/", {"body": "Once upon a time"})'),
        SETUP + call + "from shop.views import DRAFTS\n"
        "assert answer.status_code == 200, answer.status_code\n"
        'assert DRAFTS["d7"]["body"] == "Once upon a time", DRAFTS\n',
        framework="django")


# The only sibling answering the form failing is the live price quote, whose answer is no
# error but a quote of nothing. Placing an order that does not validate must not answer
# 200 with a quote: the checkout would think the order went through.
CHECKOUT = '''
    from decimal import Decimal

    from django import forms
    from django.http import JsonResponse

    PRICES = {"mug": Decimal("4.50"), "cup": Decimal("3.00")}
    ORDERS: list[dict[str, object]] = []


    class CheckoutForm(forms.Form):
        product = forms.ChoiceField(choices=[("mug", "Mug"), ("cup", "Cup")])
        quantity = forms.IntegerField(min_value=1, max_value=20)


    def quote(request):
        """The total the checkout page shows while the customer fills the form in: a form
        not filled in yet comes to nothing so far."""
        form = CheckoutForm(request.GET)
        if not form.is_valid():
            return JsonResponse({"total": "0.00"})
        total = PRICES[form.cleaned_data["product"]] * form.cleaned_data["quantity"]
        return JsonResponse({"total": str(total)})


    def place_order(request):
        """Places the order; answers its number as {"order": n}, with 201."""
        form = CheckoutForm(request.POST)
        form.is_valid()
        product = form.cleaned_data["product"]
        quantity = form.cleaned_data["quantity"]
        ORDERS.append({"product": product, "quantity": quantity})
        return JsonResponse({"order": len(ORDERS)}, status=201)
'''

CHECKOUT_TESTS = '''
    from django.test import Client


    def test_checkout() -> None:
        assert Client().get("/quote/").json() == {"total": "0.00"}
        assert Client().get("/quote/?product=mug&quantity=2").json() == {"total": "9.00"}
        answer = Client().post("/orders/", {"product": "cup", "quantity": "1"})
        assert answer.status_code == 201 and answer.json() == {"order": 1}
'''


def test_a_quote_of_nothing_is_not_the_answer_to_a_bad_order(tmp_path: Path) -> None:
    call = 'answer = Client().post("/orders/", {"product": "cup", "quantity": "0"})\n'
    fix_and_check(
        tmp_path, _django(CHECKOUT, {"quote/": "quote", "orders/": "place_order"},
                          CHECKOUT_TESTS),
        _trigger('Client().post("/orders/", {"product": "cup", "quantity": "0"})'),
        SETUP + call + "assert answer.status_code >= 400, "
        "(answer.status_code, answer.content)\n",
        framework="django")


# --- none_constants -----------------------------------------------------------------------

LOGINS = '''
    """Sign-in times, kept in the club's database (a dict here)."""

    from __future__ import annotations

    _LAST_LOGIN: dict[str, str] = {"ann": "2024-03-12T09:30:00+00:00"}


    def get_last_login(account: str) -> str | None:
        return _LAST_LOGIN.get(account)
'''

# The comment names the absence, but the constant is the day such accounts are purged,
# not a sign-in: the member list would say a member last signed in on a day in the future.
MEMBERS = '''
    """The club's member list."""

    from __future__ import annotations

    from datetime import datetime, timezone

    from club import store

    #: Accounts with no last login (invited, and not signed in yet) are purged on this day,
    #: when the spring invitations run out.
    INVITES_RUN_OUT = datetime(2025, 4, 30, tzinfo=timezone.utc)


    def last_seen(account: str) -> str:
        """When the member last signed in, as the member list writes it (12 Mar 2024)."""
        seen = datetime.fromisoformat(store.get_last_login(account))
        return f"{seen:%d %b %Y}"
'''

MEMBERS_TESTS = '''
    from club.members import last_seen


    def test_last_seen() -> None:
        assert last_seen("ann") == "12 Mar 2024"
'''


def test_a_purge_day_is_no_last_login(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("club", "members", MEMBERS, MEMBERS_TESTS,
                       {"club/store.py": LOGINS}),
        'from club.members import last_seen\nlast_seen("bob")',
        'from club.members import last_seen\n'
        + _raises_or('last_seen("bob")', 'got != "30 Apr 2025"',
                     "an invited member shown as last seen on the purge day"))


# The marker is how a *stored* coupon without expiry is written; given to the operator's
# empty form it makes a coupon permanent, which only `make_permanent` may do.
COUPONS = '''
    """Coupons, as the marketing console edits them."""

    from __future__ import annotations

    from datetime import date

    #: Coupons with no expiry date are stored with this one, far enough in the future.
    NO_EXPIRY = date(9999, 12, 31)

    COUPONS: dict[str, dict[str, date]] = {"SPRING": {"expiry": date(2024, 5, 31)}}


    def extend(code: str, form: dict[str, str | None]) -> date:
        """Moves a coupon's expiry to the date the operator typed in the console, and
        returns it. Extending is for a few weeks at a time; only the marketing lead makes a
        coupon last for good, with ``make_permanent``."""
        expiry = form.get("expiry")
        COUPONS[code]["expiry"] = date.fromisoformat(expiry)
        return COUPONS[code]["expiry"]


    def make_permanent(code: str) -> None:
        """Reserved to the marketing lead: the coupon no longer expires."""
        COUPONS[code]["expiry"] = NO_EXPIRY
'''

COUPONS_TESTS = '''
    from datetime import date

    from shop.coupons import COUPONS, extend


    def test_extend() -> None:
        assert extend("SPRING", {"expiry": "2024-06-30"}) == date(2024, 6, 30)
        assert COUPONS["SPRING"]["expiry"] == date(2024, 6, 30)
'''


def test_a_stored_records_marker_is_no_answer_to_an_empty_form(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "coupons", COUPONS, COUPONS_TESTS),
        'from shop.coupons import extend\nextend("SPRING", {"expiry": None})',
        'from shop.coupons import COUPONS, NO_EXPIRY, extend\n'
        'try:\n    extend("SPRING", {"expiry": None})\nexcept Exception:\n    pass\n'
        'assert COUPONS["SPRING"]["expiry"] != NO_EXPIRY, "the coupon was made permanent"\n')


# --- contract_constants: a constant for a key's absence -----------------------------------

# The constant is what a sign-in without the box ticked leads to (an hour), not the box's
# value: read as `remember_me`, 3600 is truthy and the member is kept signed in for 30 days.
SESSIONS = '''
    """Sign-in sessions, from the login form's JSON."""

    from __future__ import annotations

    #: How long a session lasts, in seconds, when the sign-in had no ``remember_me``.
    SESSION_SECONDS = 3600
    #: How long a session lasts when the member ticked "remember me": thirty days.
    REMEMBERED_SECONDS = 2592000


    def session_length(sign_in: dict) -> int:
        """Seconds the session opened by a sign-in lasts."""
        return REMEMBERED_SECONDS if sign_in["remember_me"] else SESSION_SECONDS
'''

SESSIONS_TESTS = '''
    from auth.sessions import session_length


    def test_session_length() -> None:
        assert session_length({"user": "ann", "remember_me": True}) == 2592000
        assert session_length({"user": "ann", "remember_me": False}) == 3600
'''


def test_a_consequence_of_the_absence_is_not_the_keys_value(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("auth", "sessions", SESSIONS, SESSIONS_TESTS),
        'from auth.sessions import session_length\nsession_length({"user": "ann"})',
        'from auth.sessions import session_length\n'
        + _raises_or('session_length({"user": "ann"})', "got == 3600",
                     "a sign-in without remember_me kept for thirty days"))


# ``cc`` is a list of addresses; the constant is one address. `.get("cc", ARCHIVE)` splats
# the address into its characters.
HELPDESK = '''
    """Replies of the help desk."""

    from __future__ import annotations

    #: Tickets with no ``cc`` are copied to the help desk's own archive.
    ARCHIVE_ADDRESS = "archive@helpdesk.example"


    def recipients(ticket: dict) -> list[str]:
        """Every address a reply to the ticket goes to: the customer first, then the
        addresses in copy (``cc``, a list)."""
        return [ticket["customer"], *ticket["cc"]]
'''

HELPDESK_TESTS = '''
    from desk.replies import recipients


    def test_recipients() -> None:
        assert recipients({"customer": "a@x.example", "cc": ["b@x.example"]}) == [
            "a@x.example", "b@x.example"]
'''


def test_one_address_is_no_list_of_addresses(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("desk", "replies", HELPDESK, HELPDESK_TESTS),
        'from desk.replies import recipients\nrecipients({"customer": "a@x.example"})',
        'from desk.replies import recipients\n'
        + _raises_or('recipients({"customer": "a@x.example"})',
                     'all("@" in address for address in got)',
                     "replies sent to single characters"))


# The constant is in megabytes, the key in bytes (both said so): a plan without
# ``max_size`` would take nothing bigger than ten bytes.
LIMITS = '''
    """Upload limits per plan, as the billing service sends them (JSON)."""

    from __future__ import annotations

    #: Plans with no ``max_size`` are capped at this many megabytes.
    CAP_MB = 10


    def fits(size: int, limits: dict) -> bool:
        """Whether an upload of ``size`` bytes fits the plan's ``max_size``, in bytes."""
        return size <= limits["max_size"]
'''

LIMITS_TESTS = '''
    from uploads.limits import fits


    def test_fits() -> None:
        assert fits(2048, {"max_size": 4096})
        assert not fits(8192, {"max_size": 4096})
'''


def test_megabytes_are_no_bytes(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("uploads", "limits", LIMITS, LIMITS_TESTS),
        'from uploads.limits import fits\nfits(2048, {"plan": "free"})',
        'from uploads.limits import fits\n'
        + _raises_or('fits(2048, {"plan": "free"})', "got is True",
                     "a 2 KB upload refused by a 10 MB cap"))

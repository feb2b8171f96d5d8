"""The crash handles a value raw where sibling code handles the analogous value through a
project function whose contract covers what was captured: the crash does as the sibling
does, and nothing is proposed when the siblings disagree or the contract is silent."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.analogous_handling import AnalogousHandling
from tests.repair.crash_sites import crash_at

EXPAND = '''
    """Expandable fields: ``customer`` or ``charge`` hold the object's id, a string,
    unless the request expanded them into the object itself."""
    from typing import Any

    Expandable = str | dict[str, Any] | None


    def id_of(value: Expandable) -> str | None:
        """The referred object's id, whether the field was expanded or not."""
        if isinstance(value, dict):
            return str(value["id"])
        return value
'''

CHARGES = '''
    from typing import Any

    from pay.expand import id_of


    def parse_charge(data: dict[str, Any]) -> dict[str, Any]:
        customer = data.get("customer")
        # The charge's own fields are never expanded.
        return {
            "id": data["id"],
            "customer_id": customer["id"] if customer else None,
            "email": customer.get("email") if customer else None,
        }


    def parse_refund(data: dict[str, Any]) -> str | None:
        return id_of(data["charge"])
'''

CHARGES_AFTER = '''
    from typing import Any

    from pay.expand import id_of


    def parse_charge(data: dict[str, Any]) -> dict[str, Any]:
        customer = data.get("customer")
        # The charge's own fields are never expanded.
        return {
            "id": data["id"],
            "customer_id": id_of(customer) if customer else None,
            "email": customer.get("email") if isinstance(customer, dict) else None,
        }


    def parse_refund(data: dict[str, Any]) -> str | None:
        return id_of(data["charge"])
'''


def _propose(tmp_path: Path, files: dict[str, str], path: str, needle: str, exc_type: str,
             message: str, values: dict[str, object]) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"pay/__init__.py": "", **files}, path, needle,
                              exc_type, message, values)
    return list(AnalogousHandling().propose(site, analysis))


def _charge(tmp_path: Path, expand: str = EXPAND, charges: str = CHARGES) -> list[Candidate]:
    return _propose(tmp_path, {"pay/expand.py": expand, "pay/charges.py": charges},
                    "pay/charges.py", '"customer_id"', "TypeError",
                    "string indices must be integers, not 'str'",
                    {"customer": "'cus_NffrFeUfNV2Hib'"})


def _dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def test_an_id_string_read_as_an_object_goes_through_the_siblings_helper(
        tmp_path: Path) -> None:
    [candidate] = _charge(tmp_path)
    assert candidate.edits["pay/charges.py"] == _dedent(CHARGES_AFTER)
    assert "parse_refund" in (candidate.contract or "")


def test_an_id_string_read_with_get_goes_through_the_siblings_helper(tmp_path: Path) -> None:
    charges = CHARGES.replace('customer["id"] if customer', 'customer.get("id") if customer')
    [candidate] = _propose(tmp_path, {"pay/expand.py": EXPAND, "pay/charges.py": charges},
                           "pay/charges.py", '"customer_id"', "AttributeError",
                           "'str' object has no attribute 'get'",
                           {"customer": "'cus_NffrFeUfNV2Hib'"})
    assert candidate.edits["pay/charges.py"] == _dedent(CHARGES_AFTER)


def test_a_read_with_its_own_default_is_not_given_the_helpers(tmp_path: Path) -> None:
    charges = CHARGES.replace('customer["id"] if customer', 'customer.get("id", "") if customer')
    assert _propose(tmp_path, {"pay/expand.py": EXPAND, "pay/charges.py": charges},
                    "pay/charges.py", '"customer_id"', "AttributeError",
                    "'str' object has no attribute 'get'",
                    {"customer": "'cus_NffrFeUfNV2Hib'"}) == []


def test_a_helper_whose_parameter_takes_no_string_backs_nothing(tmp_path: Path) -> None:
    only_objects = EXPAND.replace("def id_of(value: Expandable)",
                                  "def id_of(value: dict[str, Any])")
    assert _charge(tmp_path, expand=only_objects) == []


def test_a_field_the_helpers_documentation_does_not_name_is_no_analogy(tmp_path: Path) -> None:
    silent = EXPAND.replace("``customer`` or ``charge``", "``charge``")
    assert _charge(tmp_path, expand=silent) == []


def test_siblings_reading_through_different_helpers_back_nothing(tmp_path: Path) -> None:
    other = EXPAND.replace("def id_of(", "def ref_of(")
    charges = CHARGES.replace("from pay.expand import id_of",
                              "from pay.expand import id_of\n    from pay.refs import ref_of") \
        + "\n\n    def parse_dispute(data: dict[str, Any]) -> str | None:\n" \
          "        return ref_of(data[\"charge\"])\n"
    assert _propose(tmp_path, {"pay/expand.py": EXPAND, "pay/refs.py": other,
                               "pay/charges.py": charges},
                    "pay/charges.py", '"customer_id"', "TypeError",
                    "string indices must be integers, not 'str'",
                    {"customer": "'cus_NffrFeUfNV2Hib'"}) == []


def test_another_unguarded_read_of_the_value_gets_nothing(tmp_path: Path) -> None:
    unguarded = CHARGES.replace('customer.get("email") if customer else None',
                                'customer.get("email")')
    assert _charge(tmp_path, charges=unguarded) == []


ORDERS = '''
    """A day in every report is a calendar day in the shop's time zone."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    SHOP_TZ = ZoneInfo("Europe/Paris")


    def shop_day(moment: datetime) -> date:
        """The shop's calendar day of ``moment``."""
        return moment.astimezone(SHOP_TZ).date()
'''

SALES = '''
    from datetime import date

    from shop.orders import shop_day


    def orders_on(orders, day: date):
        return [o for o in orders if shop_day(o.placed_at) == day]


    def orders_since(orders, first_day: date):
        # Month to date.
        return [o for o in orders if o.placed_at >= first_day]
'''

ORDER = ("Order(id='1', placed_at=datetime.datetime(2026, 2, 28, 23, 30, "
         "tzinfo=datetime.timezone.utc))")


def _since(tmp_path: Path, orders: str = ORDERS, sales: str = SALES) -> list[Candidate]:
    return _propose(tmp_path, {"shop/__init__.py": "", "shop/orders.py": orders,
                               "shop/sales.py": sales},
                    "shop/sales.py", "o.placed_at >= first_day", "TypeError",
                    "can't compare datetime.datetime to datetime.date",
                    {"o": ORDER, "first_day": "datetime.date(2026, 3, 1)"})


def test_a_datetime_meets_a_date_through_the_siblings_converter(tmp_path: Path) -> None:
    [candidate] = _since(tmp_path)
    assert candidate.edits["shop/sales.py"] == _dedent(SALES).replace(
        "if o.placed_at >= first_day", "if shop_day(o.placed_at) >= first_day")


def test_siblings_that_convert_the_value_differently_back_nothing(tmp_path: Path) -> None:
    disagreeing = SALES + (
        "\n\n    def orders_before(orders, day: date):\n"
        "        return [o for o in orders if o.placed_at.date() < day]\n")
    assert _since(tmp_path, sales=disagreeing) == []


def test_a_converter_whose_signature_says_nothing_is_not_used(tmp_path: Path) -> None:
    unannotated = ORDERS.replace("def shop_day(moment: datetime) -> date:",
                                 "def shop_day(moment):")
    assert _since(tmp_path, orders=unannotated) == []


def test_a_converter_used_on_another_attribute_is_no_analogy(tmp_path: Path) -> None:
    other_attribute = SALES.replace("shop_day(o.placed_at) == day", "shop_day(o.paid_at) == day")
    assert _since(tmp_path, sales=other_attribute) == []


DOWNLOADS = '''
    """HTTP header values are Latin-1: :func:`attachment` writes a name outside it in
    ``filename*``, percent-encoded UTF-8."""
    from urllib.parse import quote


    def attachment(filename: str) -> str:
        """A ``Content-Disposition`` value that saves the body as ``filename``."""
        return f"attachment; filename*=UTF-8''{quote(filename, safe='')}"
'''

API = '''
    from fastapi import FastAPI, Response

    from shop.downloads import attachment

    app = FastAPI()


    @app.get("/invoices/{number}.txt")
    def invoice(number: str) -> Response:
        headers = {"Content-Disposition": attachment(f"invoice {number}.txt")}
        return Response("...", headers=headers)


    @app.get("/reports/{title}.csv")
    def report(title: str) -> Response:
        return Response("a,b", headers={
            "X-Report": "sales",
            "Content-Disposition": f'attachment; filename="{title}.csv"',
        })
'''

LATIN = ("'latin-1' codec can't encode character '\\u017c' in position 29: "
         "ordinal not in range(256)")


def _report(tmp_path: Path, downloads: str = DOWNLOADS, api: str = API) -> list[Candidate]:
    return _propose(tmp_path, {"shop/__init__.py": "", "shop/downloads.py": downloads,
                               "shop/api.py": api},
                    "shop/api.py", 'filename="{title}', "UnicodeEncodeError", LATIN,
                    {"title": "'Sprzedaż Łódź'"})


def test_a_header_written_by_hand_is_written_by_the_siblings_helper(tmp_path: Path) -> None:
    [candidate] = _report(tmp_path)
    assert candidate.edits["shop/api.py"] == _dedent(API).replace(
        """f'attachment; filename="{title}.csv"'""", 'attachment(f"{title}.csv")')


def test_a_helper_silent_about_the_codec_backs_nothing(tmp_path: Path) -> None:
    silent = DOWNLOADS.replace("HTTP header values are Latin-1", "Downloads")
    assert _report(tmp_path, downloads=silent) == []


def test_siblings_writing_the_header_with_another_helper_back_nothing(tmp_path: Path) -> None:
    other = API.replace('from shop.downloads import attachment',
                        'from shop.downloads import attachment, inline') + (
        '\n\n    @app.get("/logo.png")\n    def logo() -> Response:\n'
        '        return Response(b"", headers={"content-disposition": inline("logo.png")})\n')
    downloads = DOWNLOADS + (
        '\n\n    def inline(filename: str) -> str:\n'
        '        return f"inline; filename*=UTF-8\'\'{quote(filename)}"\n')
    assert _report(tmp_path, downloads=downloads, api=other) == []


def test_a_header_formatting_more_than_the_name_gets_nothing(tmp_path: Path) -> None:
    more = API.replace("""f'attachment; filename="{title}.csv"'""",
                       """f'{kind}; filename="{title}.csv"'""").replace(
        "def report(title: str)", "def report(title: str, kind: str)")
    assert _report(tmp_path, api=more) == []


def test_a_header_saying_what_the_helper_does_not_write_gets_nothing(tmp_path: Path) -> None:
    shown_inline = API.replace("""f'attachment; filename="{title}.csv"'""",
                               """f'inline; filename="{title}.csv"'""")
    assert _report(tmp_path, api=shown_inline) == []


DJANGO_VIEWS = '''
    from django.http import HttpResponse

    from shop.downloads import attachment


    def invoice(request, number):
        response = HttpResponse("...")
        response["Content-Disposition"] = attachment(f"invoice {number}.txt")
        return response


    def report(request, title):
        response = HttpResponse("a,b", content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{title}.csv"'
        return response
'''


def test_a_header_item_assigned_by_hand_is_assigned_the_siblings_helper(
        tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path, {"shop/__init__.py": "", "shop/downloads.py": DOWNLOADS,
                                      "shop/views.py": DJANGO_VIEWS},
                           "shop/views.py", 'filename="{title}', "UnicodeEncodeError",
                           LATIN + ", HTTP response headers must be in latin-1 format",
                           {"title": "'Sprzedaż Łódź'"})
    assert candidate.edits["shop/views.py"] == _dedent(DJANGO_VIEWS).replace(
        """f'attachment; filename="{title}.csv"'""", 'attachment(f"{title}.csv")')

"""The flask-url-build-error recipe: a url_for call is pointed at the endpoint the code
backs, its values renamed to that route's variables, and left alone when the mapping is
not backed by the code."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.guides import load_guides
from tests.repair.crash_sites import crash_at

WEB = '''
    from flask import Flask, redirect, url_for

    app = Flask(__name__)


    @app.get("/invoices/<int:number>")
    def show_invoice(number: int):
        return {"number": number}


    @app.post("/invoices")
    def create_invoice():
        invoice = make()
        return redirect(url_for("invoice_detail", invoice_id=invoice.number), code=303)


    @app.get("/about")
    def about():
        return {"home": url_for("about")}
'''


def _message(endpoint: str, values: list[str], hint: str) -> str:
    return f"Could not build url for endpoint '{endpoint}' with values {values!r}. {hint}"


def _fix(tmp_path: Path, source: str, needle: str, message: str,
         others: dict[str, str] | None = None) -> dict[str, str]:
    guide = next(g for g in load_guides() if g.id == "flask-url-build-error")
    site, _ = crash_at(tmp_path, {"billing/web.py": source, **(others or {})},
                       "billing/web.py", needle, "BuildError", message)
    assert guide.recognises_exception(site.exception)
    return guide.fix(site)


def test_the_suggested_endpoint_with_the_value_named_like_its_variable(tmp_path: Path) -> None:
    message = _message("invoice_detail", ["invoice_id"], "Did you mean 'show_invoice' instead?")
    fixed = _fix(tmp_path, WEB, "url_for(\"invoice_detail\"", message)
    expected = textwrap.dedent(WEB).lstrip("\n").replace(
        'url_for("invoice_detail", invoice_id=invoice.number)',
        'url_for("show_invoice", number=invoice.number)')
    assert fixed == {"billing/web.py": expected}
    assert 'url_for("about")' in expected  # the other call is left as it was


def test_a_missing_variable_takes_the_value_another_call_passes_for_it(tmp_path: Path) -> None:
    source = WEB.replace("invoice_id=invoice.number", "ref=invoice.number").replace(
        'return {"home": url_for("about")}',
        'return {"latest": url_for("show_invoice", number=invoice.number)}')
    message = _message("show_invoice", ["ref"], "Did you forget to specify values ['number']?")
    fixed = _fix(tmp_path, source.replace('"invoice_detail"', '"show_invoice"'),
                 "url_for(\"show_invoice\", ref", message)
    assert 'url_for("show_invoice", number=invoice.number), code=303' in fixed["billing/web.py"]


def test_a_route_now_keyed_by_another_attribute_of_the_same_object(tmp_path: Path) -> None:
    # The route moved from the id to the public number: another call for it passes
    # `invoice.number`, so this call's `invoice.id` becomes `invoice.number` too.
    source = WEB.replace('"invoice_detail", invoice_id=invoice.number',
                         '"show_invoice", invoice_id=invoice.id').replace(
        'return {"home": url_for("about")}',
        'return {"latest": url_for("show_invoice", number=invoice.number)}')
    message = _message("show_invoice", ["invoice_id"],
                       "Did you forget to specify values ['number']?")
    fixed = _fix(tmp_path, source, "url_for(\"show_invoice\", invoice_id", message)
    assert 'url_for("show_invoice", number=invoice.number), code=303' in fixed["billing/web.py"]
    # Another object's attribute is no evidence for this one: nothing is guessed.
    other = source.replace('number=invoice.number)}', 'number=draft.number)}')
    assert _fix(tmp_path / "other", other, "url_for(\"show_invoice\", invoice_id",
                message) == {}


def test_a_wrong_suggestion_gives_way_to_the_endpoint_other_calls_build_from_the_value(
        tmp_path: Path) -> None:
    source = WEB.replace("invoice_id=invoice.number", "id=invoice.number").replace(
        "def show_invoice(number: int):\n        return {\"number\": number}",
        "def show_invoice(number: int):\n        return {\"number\": number}\n\n\n"
        "    def link(invoice):\n"
        "        return url_for(\"show_invoice\", number=invoice.number)")
    message = _message("invoice_detail", ["id"], "Did you mean 'create_invoice' instead?")
    fixed = _fix(tmp_path, source, "url_for(\"invoice_detail\"", message)
    assert 'url_for("show_invoice", number=invoice.number), code=303' in fixed["billing/web.py"]


def test_a_value_no_route_variable_takes_is_not_guessed(tmp_path: Path) -> None:
    # create_invoice's URL has no variable: the invoice number would have nowhere to go.
    source = WEB.replace("invoice_id=invoice.number", "id=invoice.number")
    message = _message("invoice_detail", ["id"], "Did you mean 'create_invoice' instead?")
    assert _fix(tmp_path, source, "url_for(\"invoice_detail\"", message) == {}


def test_two_values_for_two_variables_without_evidence_are_not_paired(tmp_path: Path) -> None:
    source = WEB.replace('"/invoices/<int:number>"', '"/invoices/<int:year>/<int:number>"') \
        .replace("def show_invoice(number: int):", "def show_invoice(year: int, number: int):") \
        .replace("invoice_id=invoice.number", "a=invoice.issued, b=invoice.serial")
    message = _message("invoice_detail", ["a", "b"], "Did you mean 'show_invoice' instead?")
    assert _fix(tmp_path, source, "url_for(\"invoice_detail\"", message) == {}


def test_a_value_named_unlike_the_variable_without_another_call_is_not_renamed(
        tmp_path: Path) -> None:
    source = WEB.replace("invoice_id=invoice.number", "invoice_id=invoice.pk")
    message = _message("invoice_detail", ["invoice_id"], "Did you mean 'show_invoice' instead?")
    assert _fix(tmp_path, source, "url_for(\"invoice_detail\"", message) == {}


def test_a_blueprint_route_in_another_module(tmp_path: Path) -> None:
    views = '''
        from flask import Blueprint

        invoices = Blueprint("invoices", __name__)


        @invoices.get("/invoices/<int:number>")
        def show_invoice(number: int):
            return {"number": number}
    '''
    message = _message("invoice_detail", ["invoice_id"],
                       "Did you mean 'invoices.show_invoice' instead?")
    fixed = _fix(tmp_path, WEB.replace('@app.get("/invoices/<int:number>")', "")
                 .replace("def show_invoice(number: int):", "def unrouted(number: int):"),
                 "url_for(\"invoice_detail\"", message, {"billing/views.py": views})
    assert 'url_for("invoices.show_invoice", number=invoice.number)' in fixed["billing/web.py"]

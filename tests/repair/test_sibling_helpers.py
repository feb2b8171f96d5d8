"""A value converted by hand where sibling code uses the project's documented helper for
exactly that input: the helper is called instead, with the sibling's error handling."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sibling_helpers import SiblingHelper
from tests.repair.apps import capture_event, make_repo, run_fix

MONEY = '''
    """Amounts as our users type them: "12,50" means twelve euros fifty."""
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

WEB = '''
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


    @app.post("/quote")
    def quote():
        net = Decimal(request.form["net"])
        return {"gross": str(net * Decimal("1.2"))}


    @app.get("/rate")
    def rate():
        return {"rate": str(Decimal(request.args.get("rate", "1")))}
'''

EVENTS = '''
    """Webhook payloads: every timestamp is Unix time in milliseconds."""
    from datetime import datetime, timezone


    def _from_millis(ms: int) -> datetime:
        return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


    def parse(data: dict) -> dict:
        refunded = data.get("refunded")
        return {
            "created": _from_millis(data["created"]),
            "refunded": datetime.fromtimestamp(refunded, tz=timezone.utc) if refunded else None,
        }


    def legacy(seconds: int) -> datetime:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
'''


def _site(root: Path, files: dict[str, str], path: str, function: str, needle: str,
          exc_type: str, message: str, variables: dict[str, Any] | None = None,
          request: dict[str, Any] | None = None) -> CrashSite:
    texts = {}
    for rel, text in files.items():
        texts[rel] = textwrap.dedent(text).lstrip("\n")
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(texts[rel], encoding="utf-8")
    lineno = next(i for i, line in enumerate(texts[path].splitlines(), 1) if needle in line)
    raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
           "in_app": True, "vars": variables or {}}
    data: dict[str, Any] = {"exception": {"values": [
        {"type": exc_type, "value": message, "stacktrace": {"frames": [raw]}}]}}
    if request is not None:
        data["request"] = request
    event = ErrorEvent.from_dict(data)
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path=path, source=texts[path],
                         lineno=lineno)
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=root)


def _propose(site: CrashSite) -> list[Candidate]:
    assert site.root is not None
    return list(SiblingHelper().propose(site, analyse(site, site.root)))


SHOP = {"shop/__init__.py": "", "shop/money.py": MONEY, "shop/web.py": WEB}
SYNTAX = "[<class 'decimal.ConversionSyntax'>]"


def _quote(root: Path, net: str, files: dict[str, str] | None = None) -> list[Candidate]:
    return _propose(_site(root, files or SHOP, "shop/web.py", "quote", "net = Decimal(",
                          "InvalidOperation", SYNTAX,
                          request={"method": "POST", "url": "http://localhost/quote",
                                   "data": {"net": net}}))


def test_the_documented_helper_reads_the_value_with_the_siblings_handling(
        tmp_path: Path) -> None:
    [candidate] = _quote(tmp_path, "450,50")
    before = textwrap.dedent(WEB).lstrip("\n")
    assert candidate.edits == {"shop/web.py": before.replace(
        '    net = Decimal(request.form["net"])\n',
        '    try:\n'
        '        net = parse_amount(request.form["net"])\n'
        '    except ValueError:\n'
        '        return {"error": "net must be a number of euros, like 12,50"}, 400\n')}
    assert candidate.contract is not None
    assert "`parse_amount`'s docstring shows it reading \"12,50\"" in candidate.contract
    assert "`add_expense` already reads" in candidate.contract


def test_a_query_value_is_read_from_the_captured_query(tmp_path: Path) -> None:
    site = _site(tmp_path, SHOP, "shop/web.py", "rate", "Decimal(request.args",
                 "InvalidOperation", SYNTAX,
                 request={"method": "GET", "url": "http://localhost/rate",
                          "query_string": "rate=1%2C5"})
    [candidate] = _propose(site)
    after = candidate.edits["shop/web.py"]
    assert 'return {"rate": str(parse_amount(request.args.get("rate", "1")))}' in after
    assert 'net = Decimal(request.form["net"])' in after  # the other view is untouched


def test_a_field_of_a_captured_model_is_read_from_its_repr(tmp_path: Path) -> None:
    web = WEB + '''

    @app.post("/limit")
    def set_limit(payload: Budget):
        return {"limit": str(Decimal(payload.limit))}
    '''
    site = _site(tmp_path, {**SHOP, "shop/web.py": web}, "shop/web.py", "set_limit",
                 "Decimal(payload.limit)", "InvalidOperation", SYNTAX,
                 {"payload": "Budget(owner='ada', limit='450,50')"})
    [candidate] = _propose(site)
    assert 'return {"limit": str(parse_amount(payload.limit))}' in candidate.edits["shop/web.py"]
    # The handler copied from the view names the field this value came from.
    assert '"error": "limit must be a number of euros' in candidate.edits["shop/web.py"]


def test_input_unlike_the_documented_examples_gets_nothing(tmp_path: Path) -> None:
    assert _quote(tmp_path, "four hundred") == []
    assert _quote(tmp_path, "") == []


def test_an_example_the_docstring_refuses_backs_nothing(tmp_path: Path) -> None:
    money = MONEY.replace('"12,50" and "12.50" both give', '"12.50" gives').replace(
        '"""Amounts as our users type them: "12,50" means twelve euros fifty."""',
        '"""Amounts. A comma ("12,50") raises ValueError."""')
    assert _quote(tmp_path, "450,50", {**SHOP, "shop/money.py": money}) == []


def test_a_helper_no_sibling_uses_is_not_assumed(tmp_path: Path) -> None:
    web = WEB.replace('amount = parse_amount(request.form.get("amount", ""))',
                      'amount = Decimal(request.form.get("amount", ""))')
    assert _quote(tmp_path, "450,50", {**SHOP, "shop/web.py": web}) == []


def test_a_helper_that_converts_differently_is_not_used(tmp_path: Path) -> None:
    money = MONEY.replace('return Decimal(text.strip().replace(",", "."))',
                          'return Decimal(text.strip().replace(",", "."), context=None)')
    assert _quote(tmp_path, "450,50", {**SHOP, "shop/money.py": money}) == []


def _rounding(money: str) -> str:
    return money.replace('return Decimal(text.strip().replace(",", "."))',
                         'return Decimal(text.strip().replace(",", ".")).quantize(CENT)'
                         ).replace("from decimal import Decimal, InvalidOperation",
                                   'from decimal import Decimal, InvalidOperation\n'
                                   '    CENT = Decimal("0.01")')


def test_a_helper_that_rounds_what_it_reads_is_only_for_its_own_kind(
        tmp_path: Path) -> None:
    # `parse_amount` rounds to the cent; the quote's net goes nowhere an amount goes.
    money = _rounding(MONEY)
    assert ".quantize(CENT)" in money
    assert _quote(tmp_path / "apart", "450,50", {**SHOP, "shop/money.py": money}) == []
    # Once both hand their value to `format_amount(value: Decimal)`, the net is an amount
    # like the others (a sum with it is one too; a product, below, is not).
    web = WEB.replace("str(amount)", "format_amount(amount)").replace(
        'str(net * Decimal("1.2"))', 'format_amount(net + Decimal("1.2"))').replace(
        "from shop.money import parse_amount", "from shop.money import format_amount, "
        "parse_amount")
    money += '\n\n    def format_amount(value: Decimal) -> str:\n        return f"{value:.2f}"\n'
    [candidate] = _quote(tmp_path / "shared", "450,50",
                         {**SHOP, "shop/money.py": money, "shop/web.py": web})
    assert candidate.contract is not None
    assert "handing the answer to `format_amount` as this code does" in candidate.contract


def _refund(root: Path, refunded: int, events: str = EVENTS) -> list[Candidate]:
    return _propose(_site(root, {"pay/__init__.py": "", "pay/events.py": events},
                          "pay/events.py", "parse", '"refunded": datetime.fromtimestamp',
                          "ValueError", "year 56880 is out of range",
                          {"refunded": repr(refunded),
                           "data": {"created": "1732550400000", "refunded": repr(refunded)}}))


def test_a_timestamp_in_milliseconds_goes_through_the_millis_helper(tmp_path: Path) -> None:
    [candidate] = _refund(tmp_path, 1732816800000)
    before = textwrap.dedent(EVENTS).lstrip("\n")
    assert candidate.edits == {"pay/events.py": before.replace(
        '"refunded": datetime.fromtimestamp(refunded, tz=timezone.utc) if refunded else None',
        '"refunded": _from_millis(refunded) if refunded else None')}
    # The helper's own conversion and the unrelated seconds reader are left alone.
    assert "return datetime.fromtimestamp(seconds, tz=timezone.utc)" in \
        candidate.edits["pay/events.py"]
    assert candidate.contract is not None and "Unix time in millis" in candidate.contract


def test_the_divisor_a_neutrally_named_helper_applies_says_its_unit(tmp_path: Path) -> None:
    events = EVENTS.replace("_from_millis", "_when")
    [candidate] = _refund(tmp_path, 1732816800000, events)
    assert '"refunded": _when(refunded) if refunded else None' in candidate.edits["pay/events.py"]
    assert candidate.contract is not None
    assert "`_when` divides by 1000 before `fromtimestamp`, so it reads milliseconds" in \
        candidate.contract


def test_a_number_no_unit_explains_gets_nothing(tmp_path: Path) -> None:
    # Seconds already: the millis helper would be wrong for it.
    assert _refund(tmp_path, 1732816800) == []
    # Far too large even for milliseconds.
    assert _refund(tmp_path, 10**18) == []


def test_a_helper_without_the_same_timezone_is_not_used(tmp_path: Path) -> None:
    events = EVENTS.replace("datetime.fromtimestamp(ms / 1000, tz=timezone.utc)",
                            "datetime.fromtimestamp(ms / 1000)")
    assert _refund(tmp_path, 1732816800000, events) == []


APP_TESTS = '''
    from shop.web import app


    def test_expense() -> None:
        response = app.test_client().post("/expenses", data={"amount": "12,50"})
        assert response.get_json() == {"amount": "12.50"}


    def test_quote() -> None:
        response = app.test_client().post("/quote", data={"net": "10"})
        assert response.get_json() == {"gross": "12.0"}
'''


def test_the_quote_is_computed_from_the_comma_amount(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {**SHOP, "tests/test_web.py": APP_TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from shop.web import app
        app.test_client().post("/quote", data={"net": "450,50"})
    ''', framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None and data["status"] == "fixed", (data, stderr)
    assert code == 0
    assert '+        net = parse_amount(request.form["net"])' in data["patch"]
    assert "'gross': '540.600'" in data["regression_test"]["content"]


def test_a_public_helper_the_module_does_not_import_is_imported(tmp_path: Path) -> None:
    sibling = WEB[WEB.index('    @app.post("/expenses")'):WEB.index('    @app.post("/quote")')]
    web = WEB.replace("from shop.money import parse_amount\n", "").replace(sibling, "")
    expenses = '''
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
    '''
    [candidate] = _quote(tmp_path, "450,50", {**SHOP, "shop/web.py": web,
                                              "shop/expenses.py": expenses})
    after = candidate.edits["shop/web.py"]
    assert "from flask import Flask, request\nfrom shop.money import parse_amount\n" in after
    assert '    try:\n        net = parse_amount(request.form["net"])\n    except ValueError:\n' \
        in after
    assert "add_expense" not in after and candidate.contract is not None
    assert "`add_expense` already reads" in candidate.contract


# --- a shaping helper is borrowed only for a value handed on as its kind ------------------

def _shared(root: Path, web: str, money: str) -> list[Candidate]:
    """The quote's net read by hand, where `add_expense` reads its amount with a rounding
    `parse_amount`, both handing their value on as ``web`` says."""
    return _quote(root, "450,50",
                  {**SHOP, "shop/money.py": money, "shop/web.py": web})


ROUNDING_MONEY = _rounding(MONEY) + '''

    def format_amount(value: Decimal) -> str:
        return f"{value:.2f}"


    def store(key: str, value: Decimal) -> None:
        SETTINGS[key] = value


    def remember(key, value):
        return describe(value)


    def describe(value: object) -> str:
        return f"{value}"
'''


def _web(sibling: str, crash: str) -> str:
    return WEB.replace("str(amount)", sibling).replace('str(net * Decimal("1.2"))', crash) \
        .replace("from shop.money import parse_amount",
                 "from shop.money import describe, format_amount, parse_amount, remember, "
                 "store")


def test_a_consumer_typed_as_the_helpers_answer_lets_it_be_borrowed(tmp_path: Path) -> None:
    [candidate] = _shared(tmp_path, _web("format_amount(amount)", "format_amount(-net + FEE)"),
                          ROUNDING_MONEY)
    assert candidate.contract is not None and "`format_amount`" in candidate.contract


@pytest.mark.parametrize(("sibling", "crash"), [
    # Stored away, whatever the annotation: a rate is stored as well as an amount.
    ('store("amount", amount)', 'store("net", net)'),
    # Untyped, or `object`: a generic sink takes any value.
    ('remember("amount", amount)', 'remember("net", net)'),
    ("describe(amount)", "describe(net)"),
    # A rate multiplied into an amount is not an amount.
    ("format_amount(amount)", 'format_amount(net * Decimal("1.2"))'),
    ("format_amount(amount)", "format_amount(FEE / net)"),
])
def test_a_generic_consumer_or_a_product_does_not_make_a_value_an_amount(
        tmp_path: Path, sibling: str, crash: str) -> None:
    assert _shared(tmp_path, _web(sibling, crash), ROUNDING_MONEY) == []


def test_a_shaping_helper_without_a_return_type_has_no_consumer(tmp_path: Path) -> None:
    money = ROUNDING_MONEY.replace("def parse_amount(text: str) -> Decimal:",
                                   "def parse_amount(text: str):")
    assert _shared(tmp_path / "a", _web("format_amount(amount)", "format_amount(net)"),
                   money) == []
    # Without the rounding it only reads, and needs no consumer.
    assert len(_shared(tmp_path / "b", _web("str(amount)", "str(net)"),
                       money.replace(".quantize(CENT)", ""))) == 1


def test_a_helper_that_drops_a_sign_before_reading_shapes_what_it_reads(
        tmp_path: Path) -> None:
    money = MONEY.replace('return Decimal(text.strip().replace(",", "."))',
                          'return Decimal(text.strip().lstrip("-").replace(",", "."))')
    assert _shared(tmp_path / "a", WEB, money) == []
    # Handed on as the helper's kind, it is the project's reader for that kind.
    money += '\n\n    def format_amount(value: Decimal) -> str:\n        return f"{value:.2f}"\n'
    assert len(_shared(tmp_path / "b", _web("format_amount(amount)", "format_amount(net)"),
                       money)) == 1

"""A key missing from a table, refused with the message the project's exception documents
for that case."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.documented_refusals import DocumentedRefusal
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.apps import capture_event, make_repo, run_fix
from tests.repair.crash_sites import crash_at

PRICING = '''
    from decimal import Decimal

    COUPONS: dict[str, Decimal] = {"SPRING10": Decimal("10"), "XMAS20": Decimal("20")}
    EXPIRED = {"XMAS20"}


    class CouponRejected(ValueError):
        """A coupon the checkout refuses; its message is one of "unknown coupon" or
        "coupon expired"."""


    def discount(code: str, amount: Decimal) -> Decimal:
        percent = COUPONS[code.strip().upper()]
        if code.strip().upper() in EXPIRED:
            raise CouponRejected("coupon expired")
        return amount * percent / 100


    def describe(code: str) -> str:
        return f"{COUPONS[code]} % off"
'''


def _propose(tmp_path: Path, source: str = PRICING):
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/pricing.py": source},
                              "shop/pricing.py", "percent = COUPON", "KeyError",
                              "'SUMMER15'", {"code": "'summer15'"})
    return list(DocumentedRefusal().propose(site, analysis))


def test_the_unknown_key_is_refused_with_the_documented_message(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(PRICING).lstrip("\n")
    after = before.replace(
        "    percent = COUPONS[code.strip().upper()]\n",
        "    if code.strip().upper() not in COUPONS:\n"
        '        raise CouponRejected("unknown coupon")\n'
        "    percent = COUPONS[code.strip().upper()]\n")
    assert candidate.edits == {"shop/pricing.py": after}
    assert 'return f"{COUPONS[code]} % off"' in after  # the other reader is untouched
    assert candidate.contract is not None and '"unknown coupon"' in candidate.contract


@pytest.mark.parametrize(("old", "new"), [
    # The documented refusal is of another kind of thing.
    ('"unknown coupon"', '"unknown product"'),
    # The function never refuses with that class: its messages are not its vocabulary.
    ('raise CouponRejected("coupon expired")', 'raise ValueError("coupon expired")'),
    # Two documented messages could answer: which one is a guess.
    ('or\n        "coupon expired"', 'or "no such coupon" or\n        "coupon expired"'),
    # The key is not safe to evaluate twice.
    ("COUPONS[code.strip().upper()]", "COUPONS[codes.pop()]"),
    # The table holds percentages of coupons: its last word, not "coupon", is its kind.
    ("COUPONS", "COUPON_PERCENTS"),
    # The docstring answers an unknown code otherwise.
    ('"coupon expired"."""', '"coupon expired". An unknown code is not refused: the cart is '
     'priced without a discount."""'),
    # The table's comment answers an unlisted key.
    ('COUPONS: dict', '#: A code not listed here gives no discount.\n    COUPONS: dict'),
])
def test_nothing_without_the_whole_backing(tmp_path: Path, old: str, new: str) -> None:
    source = PRICING.replace(old, new)
    assert source != PRICING
    assert _propose(tmp_path, source) == []


TESTS = '''
    from decimal import Decimal

    from shop.pricing import discount


    def test_discount() -> None:
        assert discount("spring10", Decimal("50")) == Decimal("5")
'''
TRIGGER = 'from decimal import Decimal\nfrom shop.pricing import discount\n' \
          'discount("summer15", Decimal("50"))\n'


def test_end_to_end_the_library_refuses_the_unknown_coupon(tmp_path: Path) -> None:
    check = ('from decimal import Decimal\nfrom shop.pricing import CouponRejected, discount\n'
             'try:\n    discount("summer15", Decimal("50"))\n'
             'except CouponRejected as exc:\n    assert str(exc) == "unknown coupon", exc\n'
             'else:\n    raise AssertionError("priced with an unknown coupon")\n')
    data = fix_and_check(tmp_path, app_files("shop", "pricing", PRICING, TESTS), TRIGGER,
                         check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "documented-refusal"


def test_a_refusal_the_web_view_does_not_catch_is_no_fix(tmp_path: Path) -> None:
    # The view lets CouponRejected through: the refusal would be a 500 all the same.
    api = '''
        from decimal import Decimal

        from fastapi import FastAPI

        from shop.pricing import discount

        app = FastAPI()


        @app.get("/quote")
        def quote(code: str, amount: str) -> dict:
            return {"discount": str(discount(code, Decimal(amount)))}
    '''
    tests = TESTS + '''

    from fastapi.testclient import TestClient

    from shop.api import app


    def test_quote() -> None:
        answer = TestClient(app).get("/quote", params={"code": "spring10", "amount": "50"})
        assert answer.json() == {"discount": "5"}
'''
    repo = make_repo(tmp_path / "repo", app_files("shop", "pricing", PRICING, tests,
                                                  {"shop/api.py": api}))
    trigger = ('from fastapi.testclient import TestClient\nfrom shop.api import app\n'
               'TestClient(app).get("/quote", params={"code": "summer15", "amount": "50"})\n')
    event = capture_event(repo, tmp_path / "srv" / "app", trigger, framework="fastapi")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "fixed" or "CouponRejected" not in data["patch"], data["patch"]


def test_a_caller_catching_the_key_error_keeps_it(tmp_path: Path) -> None:
    # `import_orders` relies on the KeyError: a CouponRejected would abort the import.
    source = PRICING + '''

    def import_orders(rows: list[tuple[str, Decimal]]) -> list[Decimal]:
        totals = []
        for code, amount in rows:
            try:
                totals.append(amount - discount(code, amount))
            except KeyError:
                totals.append(amount)
        return totals
'''
    assert _propose(tmp_path, source) == []

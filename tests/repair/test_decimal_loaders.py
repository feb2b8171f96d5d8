"""A JSON loader reading money as float where its sibling reads it with
``parse_float=Decimal``: the loader gets the sibling's ``parse_float``, not a conversion at
the crash; nothing without such a sibling."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

MONEY = '''
    """Payouts. Money is Decimal throughout: JSON numbers never pass through float."""
    import json
    from collections import defaultdict
    from decimal import Decimal
    from typing import Any


    def load_sales(text: str) -> list[dict[str, Any]]:
        return json.loads(text, parse_float=Decimal)


    def load_refunds(text: str) -> list[dict[str, Any]]:
        return json.loads(text)


    def net_by_seller(sales: list[dict[str, Any]], refunds: list[dict[str, Any]],
                      ) -> dict[str, Decimal]:
        net: defaultdict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
        for sale in sales:
            net[sale["seller"]] += sale["amount"]
        for refund in refunds:
            net[refund["seller"]] -= refund["amount"]
        return dict(net)
'''

WEB = '''
    from flask import Flask, request

    from payouts.money import load_refunds, load_sales, net_by_seller

    app = Flask(__name__)
    SALES = '[{"seller": "ana", "amount": 24.50}]'


    @app.post("/payouts")
    def payouts():
        net = net_by_seller(load_sales(SALES), load_refunds(request.get_data(as_text=True)))
        return {seller: str(amount) for seller, amount in net.items()}
'''

TESTS = '''
    from payouts.web import app


    def test_no_refunds() -> None:
        answer = app.test_client().post("/payouts", data="[]").get_json()
        assert answer == {"ana": "24.50"}
'''

TRIGGER = ('from payouts.web import app\n'
           'app.test_client().post("/payouts", json=[{"seller": "ana", "amount": 12.2}])')
CHECK = ('from payouts.web import app\n'
         'r = app.test_client().post("/payouts", json=[{"seller": "ana", "amount": 12.2}])\n'
         'assert r.get_json() == {"ana": "12.30"}, r.get_data(as_text=True)')


def _files(money: str = MONEY) -> dict[str, str]:
    return {"payouts/__init__.py": "", "payouts/money.py": money, "payouts/web.py": WEB,
            "tests/test_web.py": TESTS}


def test_the_loader_reads_decimals_as_its_sibling_does(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, _files(), TRIGGER, CHECK, framework="flask")
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "decimal-loader"
    assert "+    return json.loads(text, parse_float=Decimal)" in data["patch"]
    assert "Decimal(str(" not in data["patch"]


def test_without_a_decimal_sibling_the_loader_is_left_alone(tmp_path: Path) -> None:
    plain = MONEY.replace("return json.loads(text, parse_float=Decimal)",
                          "return [dict(s, amount=Decimal(str(s['amount']))) "
                          "for s in json.loads(text)]")
    data = fix_and_check(tmp_path, _files(plain), TRIGGER, CHECK, framework="flask")
    assert data is not None
    assert data.get("strategy") != "decimal-loader"
    assert not any(c["strategy"] == "decimal-loader"
                   for c in data["checks"].get("candidates", []))

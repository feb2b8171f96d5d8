"""A field JSON refuses goes out through the one conversion sibling dicts of the module
use for the same field; nothing when siblings disagree, convert another attribute, or
there is no sibling."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

from bugstack.repair.candidates.analogous_dict_values import AnalogousDictValue
from tests.repair.crash_sites import crash_at

APP = '''
    from flask import jsonify


    def post_json(post):
        return {"id": post.id, "tags": sorted(post.tags)}


    def tagged(matching):
        return jsonify({"posts": [{"id": p.id, "tags": p.tags} for p in matching]})
'''

LINE = 'return jsonify({"posts"'


def _edits(tmp_path: Path, source: str = APP) -> list[str]:
    site, analysis = crash_at(tmp_path, {"app.py": source}, "app.py", LINE, "TypeError",
                              "Object of type set is not JSON serializable", {})
    return [c.edits["app.py"] for c in AnalogousDictValue().propose(site, analysis)]


def test_the_set_goes_out_sorted_like_the_sibling_writes_it(tmp_path: Path) -> None:
    assert _edits(tmp_path) == [textwrap.dedent(APP).lstrip("\n").replace(
        '"tags": p.tags}', '"tags": sorted(p.tags)}')]


def test_disagreeing_other_or_missing_siblings_get_nothing(tmp_path: Path) -> None:
    disagree = APP.replace('    def tagged(', '    def feed(post):\n'
                           '        return {"tags": list(post.tags)}\n\n\n    def tagged(')
    assert _edits(tmp_path / "disagree", disagree) == []
    other = APP.replace("sorted(post.tags)", "sorted(post.labels)")
    assert _edits(tmp_path / "other", other) == []
    alone = APP.replace('"tags": sorted(post.tags)', '"name": post.name')
    assert _edits(tmp_path / "alone", alone) == []


NOTICES = '''
    import json
    from decimal import ROUND_HALF_UP

    OUTBOX = []


    def _cents(amount):
        return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


    def _queue(body):
        OUTBOX.append(json.dumps(body))


    def notify_paid(order):
        _queue({"order_id": order.id, "amount_cents": order.total * 100,
                "note": order.note})


    def notify_refunded(order, amount):
        _queue({"order_id": order.id, "amount_cents": _cents(amount), "note": order.note})
'''


def _caller_edits(tmp_path: Path, source: str = NOTICES,
                  body: dict[str, str] | None = None) -> list[str]:
    captured = body if body is not None else {
        "order_id": "7", "amount_cents": "Decimal('1250.00')", "note": "''"}
    site, analysis = crash_at(tmp_path, {"n.py": source}, "n.py", "OUTBOX.append(", "TypeError",
                              "Object of type Decimal is not JSON serializable",
                              {"body": captured})
    text = site.frames[0].source
    caller = replace(site.frames[0], lineno=next(
        i for i, line in enumerate(text.splitlines(), 1) if "_queue({\"order_id\": order.id, "
        "\"amount_cents\": order.total" in line))
    site = replace(site, frames=(caller, site.frames[0]))
    return [c.edits["n.py"] for c in AnalogousDictValue().propose(site, analysis)]


def test_a_value_built_a_frame_above_goes_through_the_siblings_helper(tmp_path: Path) -> None:
    assert _caller_edits(tmp_path) == [textwrap.dedent(NOTICES).lstrip("\n").replace(
        '"amount_cents": order.total * 100', '"amount_cents": _cents(order.total)')]


def test_a_helper_computing_something_else_or_another_refused_key_gets_nothing(
        tmp_path: Path) -> None:
    other = NOTICES.replace("(amount * 100)", "(amount * 1000)")
    assert _caller_edits(tmp_path / "other", other) == []
    elsewhere = {"order_id": "7", "amount_cents": "125000", "note": "Decimal('1')"}
    assert _caller_edits(tmp_path / "elsewhere", body=elsewhere) == []

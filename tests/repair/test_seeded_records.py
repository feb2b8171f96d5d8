"""A record that lived only in production's memory is put back from the captured locals,
so the replayed request reaches the crash instead of answering 404."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.repair.reproduce import reproduce
from bugstack.repair.reproduce.model import Scenario
from bugstack.repair.reproduce.seeding import find_seeds, seeded_scenario
from bugstack.repair.workspace import Workspace, locate_frames, prepare_workspace
from tests.repair.apps import capture_event, make_repo, run_fix

VIEW = '''\
from shop.store import ORDERS

CACHE = {}


def label(order_id: str) -> str:
    order = {read}
    count = len(CACHE)
    return order["name"] + order["note"]
'''
STORE = "ORDERS: dict[str, dict[str, str]] = {}\n"


def _site(tmp_path: Path, read: str, captured: dict[str, object],
          view: str = VIEW) -> tuple[Workspace, CrashSite]:
    app = tmp_path / "app"
    (app / "shop").mkdir(parents=True)
    (app / "shop" / "__init__.py").write_text("")
    (app / "shop" / "store.py").write_text(STORE)
    source = view.replace("{read}", read)
    (app / "shop" / "views.py").write_text(source)
    lineno = next(n for n, line in enumerate(source.splitlines(), 1) if "return" in line)
    frame = {"abs_path": "/srv/app/shop/views.py", "module": "shop.views",
             "function": "label", "lineno": lineno,
             "context_line": source.splitlines()[lineno - 1], "in_app": True,
             "vars": captured}
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "KeyError", "value": "'note'", "stacktrace": {"frames": [frame]}}]}})
    workspace = prepare_workspace(app, None, root=tmp_path)
    return workspace, locate_frames(workspace, event)


ADA: dict[str, object] = {"order_id": "'7'", "order": {"name": "'Ada'", "id": "'7'"}}


@pytest.mark.parametrize("read", ["ORDERS.get(order_id)", "ORDERS[order_id]",
                                  "ORDERS.get(order_id, None)",
                                  "ORDERS.get(order_id) or abort(404)"])
def test_a_record_read_with_a_captured_key_is_seeded(tmp_path: Path, read: str) -> None:
    workspace, site = _site(tmp_path, read, ADA)
    try:
        seeds = find_seeds(site, workspace)
        assert [seed.statement for seed in seeds] == \
            ["ORDERS['7'] = {'name': 'Ada', 'id': '7'}"]
        assert seeds[0].module == "shop.views" and seeds[0].local == "order"
    finally:
        workspace.remove()


@pytest.mark.parametrize(("read", "captured", "view"), [
    # A default may be what was captured, not a stored record.
    ("ORDERS.get(order_id, {'name': 'Ada', 'id': '7'})", ADA, VIEW),
    ("ORDERS.get(order_id) or {}", ADA, VIEW),
    # No record was there.
    ("ORDERS.get(order_id)", {"order_id": "'7'", "order": "None"}, VIEW),
    # Not a module-level dict.
    ("load(order_id)", ADA, VIEW),
    # sentry-sdk keeps ten items of a dict: the record may have been cut.
    ("ORDERS.get(order_id)", {"order_id": "'7'",
                              "order": {f"k{i}": "1" for i in range(10)}}, VIEW),
    # Changed in place before the crash: the captured value is not what was stored.
    ("ORDERS.get(order_id)", ADA,
     VIEW.replace("    count = len(CACHE)\n", "    order['seen'] = 'yes'\n")),
    # Reassigned: the captured value is not the one read.
    ("ORDERS.get(order_id)", ADA,
     VIEW.replace("    count = len(CACHE)\n", "    order = dict(order)\n")),
    # The key was not captured.
    ("ORDERS.get(order_id)", {"order": ADA["order"]}, VIEW),
])
def test_nothing_is_made_up(tmp_path: Path, read: str, captured: dict[str, object],
                            view: str) -> None:
    workspace, site = _site(tmp_path, read, captured, view)
    try:
        assert find_seeds(site, workspace) == []
    finally:
        workspace.remove()


def test_the_seed_goes_just_before_the_request_and_says_so(tmp_path: Path) -> None:
    workspace, site = _site(tmp_path, "ORDERS.get(order_id)", ADA)
    try:
        seeds = find_seeds(site, workspace)
    finally:
        workspace.remove()
    scenario = Scenario("request", "GET /orders/7/label", framework="starlette",
                        imports={"from shop.web import app"}, action=[
                            "with TestClient(app) as client:",
                            "    result = client.request('GET', '/orders/7/label')"])
    seeded = seeded_scenario(scenario, seeds)
    assert seeded is not None
    assert seeded.title == \
        "GET /orders/7/label with ORDERS['7'] seeded from the captured order"
    assert seeded.imports == {"from shop.web import app", "from shop.views import ORDERS"}
    assert seeded.action == [
        "with TestClient(app) as client:",
        "    # What production held in memory, as the event captured it (order).",
        "    ORDERS['7'] = {'name': 'Ada', 'id': '7'}",
        "    result = client.request('GET', '/orders/7/label')"]
    # The plain scenario is left as it was, to be tried first.
    assert len(scenario.action) == 2 and "seeded" not in scenario.title
    assert seeded_scenario(scenario, []) is None


SHOP = {
    "shop/__init__.py": "",
    "shop/web.py": '''
        from flask import Flask, abort, jsonify, request

        app = Flask(__name__)
        #: order id -> order
        ORDERS: dict[str, dict[str, str]] = {}


        @app.post("/orders")
        def create_order():
            order_id = str(len(ORDERS) + 1)
            ORDERS[order_id] = dict(request.get_json(), id=order_id)
            return jsonify(ORDERS[order_id]), 201


        @app.get("/orders")
        def list_orders():
            return jsonify(sorted(ORDERS))


        @app.get("/orders/<order_id>/label")
        def order_label(order_id: str):
            """The shipping label. ``note`` is optional and defaults to an empty string."""
            order = ORDERS.get(order_id) or abort(404)
            return jsonify({"to": order["name"], "note": order["note"]})
    ''',
    "tests/test_web.py": '''
        from shop.web import app

        client = app.test_client()


        def test_no_orders_yet() -> None:
            assert client.get("/orders").get_json() == []


        def test_unknown_order() -> None:
            assert client.get("/orders/9/label").status_code == 404
    ''',
}


@pytest.mark.slow
def test_an_order_held_only_in_memory_is_seeded_and_the_crash_fixed(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", SHOP)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        from shop.web import app
        client = app.test_client()
        client.post("/orders", json={"name": "Ada"})
        client.get("/orders/1/label")
    """, framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed", data and data["checks"]
    assert data["checks"]["scenario"] == \
        "GET /orders/1/label with ORDERS['1'] seeded from the captured order"
    assert '"note": order.get("note", "")' in data["patch"]
    content = data["regression_test"]["content"]
    assert "    ORDERS['1'] = {'name': 'Ada', 'id': '1'}\n" in content
    assert "assert result.get_json() == {'note': '', 'to': 'Ada'}" in content
    # The seeded order is taken out again: test_no_orders_yet still sees none.
    assert "for box in (shop.web.ORDERS,)]" in content


NOTES = '''\
NOTES: dict[int, dict[str, str]] = {}


def retitle(note_id: int, title: str | None) -> dict[str, str]:
    note = NOTES[note_id]
    note["title"] = title.strip()
    return note
'''


def test_a_call_gets_its_record_seeded_when_the_plain_call_misses_it(tmp_path: Path) -> None:
    app = tmp_path / "app"
    (app / "notes").mkdir(parents=True)
    (app / "notes" / "__init__.py").write_text("")
    (app / "notes" / "store.py").write_text(NOTES)
    frame = {"abs_path": "/srv/app/notes/store.py", "module": "notes.store",
             "function": "retitle", "lineno": 6, "context_line": '    note["title"] = '
             "title.strip()", "in_app": True,
             "vars": {"note_id": "3", "title": "None", "note": {"title": "'Draft'"}}}
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "AttributeError", "value": "'NoneType' object has no attribute 'strip'",
        "stacktrace": {"frames": [frame]}}]}})
    workspace = prepare_workspace(app, None, root=tmp_path)
    try:
        site = locate_frames(workspace, event)
        found = reproduce(site, workspace, sys.executable, 120)
        # The plain call fails on the missing note (KeyError 3) instead.
        assert found.attempts == [("notes.store.retitle(note_id=3, title=None)",
                                   "it raised KeyError instead of AttributeError")]
        assert found.scenario is not None
        assert found.scenario.title == ("notes.store.retitle(note_id=3, title=None) with "
                                        "NOTES[3] seeded from the captured note")
        assert found.scenario.action[-2:] == ["NOTES[3] = {'title': 'Draft'}",
                                              "result = retitle(note_id=3, title=None)"]
    finally:
        workspace.remove()

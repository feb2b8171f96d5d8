"""Captured values become Python source a test can show, or are refused when they cannot
be rebuilt faithfully; regression tests land where the project keeps its tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from bugstack.domain.replay import encode_value
from bugstack.repair.reproduce import Outcome, Scenario, render_regression_test
from bugstack.repair.reproduce.regression import regression_test_path
from bugstack.repair.reproduce.values import Unrenderable, render_repr, render_snapshot


@dataclass
class Order:
    id: int
    placed: dt.datetime
    lines: list[tuple[str, int]]


def test_snapshot_values_render_as_source_that_rebuilds_them() -> None:
    order = Order(7, dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC), [("tea", 2)])
    rendered = render_snapshot(encode_value({"order": order, "tags": {"a"}, "ratio": 0.5}))
    assert "import datetime" in rendered.imports
    assert f"from {__name__} import Order" in rendered.imports
    namespace: dict[str, object] = {}
    for line in sorted(rendered.imports):
        exec(line, namespace)
    rebuilt = eval(rendered.source, namespace)
    assert rebuilt == {"order": order, "tags": {"a"}, "ratio": 0.5}


def test_partial_snapshot_values_are_refused() -> None:
    with pytest.raises(Unrenderable):
        render_snapshot({"$type": "repr", "class": "socket:socket", "repr": "<socket>"})
    with pytest.raises(Unrenderable):
        render_snapshot([1, {"$type": "truncated", "reason": "depth"}])


def test_sentry_reprs_that_parse_are_used_with_their_names_imported() -> None:
    rendered = render_repr("Order(id=3, items=[1, 'x'])", "shop.orders")
    assert rendered.source == "Order(id=3, items=[1, 'x'])"
    assert rendered.imports == {"from shop.orders import Order"}
    stamp = render_repr("datetime.datetime(2024, 6, 2, 9, 30, tzinfo=datetime.timezone.utc)",
                        "audit.log")
    assert stamp.imports == {"import datetime"}
    buffer = render_repr("<_io.StringIO object at 0x7f78cfb420e0>", "audit.log")
    assert buffer.source == "io.StringIO()"
    for unusable in ("<shop.Cart object at 0x7f00>", "[Filtered]", "'abc'...", "f(x)(y)[0]+1"):
        with pytest.raises(Unrenderable):
            render_repr(unusable, "shop.orders")


def test_regression_test_goes_where_the_tests_are(tmp_path: Path) -> None:
    (tmp_path / "src/app/tests").mkdir(parents=True)
    (tmp_path / "src/app/tests/test_a.py").write_text("")
    (tmp_path / "src/app/tests/test_b.py").write_text("")
    (tmp_path / "tests").mkdir()
    assert regression_test_path(tmp_path, "get_user") == \
        "src/app/tests/test_regression_get_user.py"
    (tmp_path / "src/app/tests/test_regression_get_user.py").write_text("")
    assert regression_test_path(tmp_path, "get_user") == \
        "src/app/tests/test_regression_get_user_2.py"


def test_regression_test_asserts_the_fixed_behaviour() -> None:
    scenario = Scenario("request", "GET /items/4", framework="starlette",
                        imports={"from shop.api import app",
                                 "from starlette.testclient import TestClient"},
                        action=["with TestClient(app) as client:",
                                "    result = client.request('GET', '/items/4')"])
    outcome = Outcome(ran=True, value={"status": 404, "json": {"detail": "Not found"},
                                       "json_ok": True, "text": '{"detail":"Not found"}'})
    source = render_regression_test(scenario, outcome, "item", "answers 404")
    compile(source, "test.py", "exec")
    assert "assert result.status_code == 404" in source
    assert "assert result.json() == {'detail': 'Not found'}" in source
    raised = Outcome(ran=True, raised=True, exc_type="HTTPException",
                     exc_module="fastapi.exceptions", value={"status": 404})
    call = Scenario("call", "item(4)", imports={"from shop.api import item"},
                    action=["result = item(item_id=4)"])
    source = render_regression_test(call, raised, "item", "answers 404")
    compile(source, "test.py", "exec")
    assert "with pytest.raises(HTTPException) as caught:" in source
    assert "from fastapi.exceptions import HTTPException" in source
    assert "assert caught.value.status_code == 404" in source

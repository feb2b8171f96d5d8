"""The core: init, the event and envelope it sends, the replay snapshot, the contract."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import bugstack
from bugstack.domain import ErrorEvent
from bugstack.domain.replay import CONTEXT_KEY, decode_value
from bugstack.sdk.client import Client
from bugstack.sdk.options import detect_release
from tests.sdk.apps import shop
from tests.sdk.conftest import CaptureServer, Project

SDK = tuple[Client, CaptureServer, Project]


def _crash() -> BaseException:
    cart = shop.Cart("ada")
    order = shop.Order("A-1", 3, shop.Customer("ada", shop.Tier.BASIC),
                       dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC), ("new",), {"gift"})
    try:
        shop.checkout(cart, [order])
    except KeyError as exc:
        return exc
    raise AssertionError("checkout did not fail")


def _capture_one(sdk: SDK) -> dict[str, Any]:
    _client, server, project = sdk
    event_id = bugstack.capture_exception(_crash())
    assert event_id is not None
    assert bugstack.flush(5)
    (event,) = server.wait_for_events(project.id, 1)
    assert event["event_id"] == event_id
    return event


def test_event_is_a_sentry_event_in_a_gzip_envelope(sdk: SDK) -> None:
    _client, server, project = sdk
    event = _capture_one(sdk)
    received = server.received[0]
    assert received.headers["Content-Encoding"] == "gzip"
    assert received.headers["Content-Type"] == "application/x-sentry-envelope"
    assert received.headers["X-Sentry-Auth"] == (
        f"Sentry sentry_version=7, sentry_key={project.api_key}, "
        f"sentry_client=bugstack-python/{bugstack.__version__}")
    assert received.envelope_header["event_id"] == event["event_id"]
    assert "sent_at" in received.envelope_header and "sdk" in received.envelope_header
    assert received.item_header["type"] == "event"
    assert received.item_header["content_type"] == "application/json"

    assert event["platform"] == "python" and event["level"] == "error"
    assert event["release"] == "test-release" and event["environment"] == "test"
    assert event["sdk"]["name"] == "bugstack.python"
    parsed = ErrorEvent.from_dict(event)
    assert parsed.title == "KeyError: <Tier.BASIC: 'basic'>"
    crash = parsed.primary.crash_frame if parsed.primary else None
    assert crash is not None and crash.function == "discount" and crash.module == shop.__name__
    assert crash.context_line is not None and "Tier.GOLD: 0.1" in crash.context_line
    assert len(crash.pre_context) == 5 and crash.post_context
    assert crash.vars["tier"] == "<Tier.BASIC: 'basic'>"
    functions = [f.function for f in parsed.primary.frames] if parsed.primary else []
    assert functions[-3:] == ["<genexpr>", "price", "discount"]
    # The test's own frame is app code too; the SDK's and the standard library's are not.
    assert all(f.in_app for f in parsed.primary.frames) if parsed.primary else False


def test_snapshot_rebuilds_the_inputs_and_replays_the_crash(sdk: SDK) -> None:
    event = _capture_one(sdk)
    replay = event["contexts"][CONTEXT_KEY]
    assert replay["type"] == CONTEXT_KEY and replay["version"] == 1
    assert replay["phase"] == "script" and replay["request"] is None
    by_function = {f["function"]: f for f in replay["frames"]}
    price_frame = by_function["price"]
    assert price_frame["arguments"] == ["order", "coupon"]
    assert price_frame["argument_kinds"] == {"order": "positional_or_keyword",
                                             "coupon": "keyword_only"}
    order = decode_value(price_frame["locals"]["order"])
    assert isinstance(order, shop.Order)
    # The password field is a secret: it never left the process, whatever its value.
    assert order.customer == shop.Customer("ada", shop.Tier.BASIC, "[scrubbed]")
    assert order.placed == dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
    assert order.tags == ("new",) and order.extras == {"gift"}
    cart = decode_value(by_function["checkout"]["locals"]["cart"])
    assert isinstance(cart, shop.Cart) and cart.owner == "ada"
    # Calling the failing function again with the recorded arguments fails the same way.
    args = {name: decode_value(price_frame["locals"][name]) for name in price_frame["arguments"]}
    with pytest.raises(KeyError) as again:
        shop.price(args["order"], coupon=args["coupon"])
    assert again.value.args == (shop.Tier.BASIC,)


def test_a_hostile_object_does_not_cost_the_event(sdk: SDK) -> None:
    _client, server, project = sdk

    class Hostile:
        def __repr__(self) -> str:
            raise RuntimeError("repr exploded")

        @property
        def boom(self) -> int:
            raise RuntimeError("property exploded")

    def fail(thing: Hostile) -> None:
        raise ValueError("with a hostile local")

    try:
        fail(Hostile())
    except ValueError as exc:
        assert bugstack.capture_exception(exc) is not None
    assert bugstack.flush(5)
    (event,) = server.wait_for_events(project.id, 1)
    frame = event["exception"]["values"][0]["stacktrace"]["frames"][-1]
    assert frame["function"] == "fail" and "Hostile" in frame["vars"]["thing"]


def test_large_bytes_locals_are_cut_before_their_repr_is_written(sdk: SDK) -> None:
    _client, server, project = sdk

    def upload(body: bytes, buffer: bytearray) -> None:
        raise ValueError("unsupported image")

    try:
        upload(b"\x89PNG" + bytes(4 * 1024 * 1024), bytearray(b"ab" * 1024 * 1024))
    except ValueError as exc:
        assert bugstack.capture_exception(exc) is not None
    assert bugstack.flush(5)
    (event,) = server.wait_for_events(project.id, 1)
    variables = event["exception"]["values"][0]["stacktrace"]["frames"][-1]["vars"]
    assert variables["body"].startswith("b'\\x89PNG") and len(variables["body"]) < 1000
    assert variables["body"].endswith(f"({4 * 1024 * 1024 + 4} bytes)")
    assert variables["buffer"].startswith("bytearray(b'abab")
    assert variables["buffer"].endswith(f"({2 * 1024 * 1024} bytes)")


def test_an_exception_is_reported_once_and_the_chain_is_kept(sdk: SDK) -> None:
    _client, server, project = sdk
    try:
        try:
            {}["missing"]
        except KeyError as inner:
            raise RuntimeError("lookup failed") from inner
    except RuntimeError as exc:
        first = bugstack.capture_exception(exc)
        second = bugstack.capture_exception(exc)
    assert first is not None and second is None
    assert bugstack.flush(5)
    (event,) = server.wait_for_events(project.id, 1)
    assert [v["type"] for v in event["exception"]["values"]] == ["KeyError", "RuntimeError"]


def test_without_a_key_it_warns_once_and_does_nothing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("BUGSTACK_API_KEY", raising=False)
    with caplog.at_level(logging.WARNING, logger="bugstack.sdk"):
        assert bugstack.init() is None
    warnings = [r for r in caplog.records if r.name == "bugstack.sdk"]
    assert len(warnings) == 1 and "no API key" in warnings[0].getMessage()
    try:
        raise ValueError("nobody listens")
    except ValueError:
        assert bugstack.capture_exception() is None
    assert bugstack.flush() is True and bugstack.stats() == {}


def test_a_malformed_key_is_refused_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("BUGSTACK_API_KEY", "sk_live_not_ours")
    with caplog.at_level(logging.WARNING, logger="bugstack.sdk"):
        assert bugstack.init() is None
    assert "not a bugstack API key" in caplog.text


def test_key_and_url_come_from_the_environment(
    capture_server: CaptureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture_server.new_project()  # project 1 exists too: the key alone must pick project 2
    project = capture_server.new_project()
    monkeypatch.setenv("BUGSTACK_API_KEY", project.api_key)
    monkeypatch.setenv("BUGSTACK_URL", capture_server.url)
    monkeypatch.setenv("BUGSTACK_ENVIRONMENT", "staging")
    monkeypatch.setenv("BUGSTACK_RELEASE", "v1.2.3")
    client = bugstack.init()
    try:
        assert client is not None and client.project_id == project.id
        bugstack.capture_exception(_crash())
        assert bugstack.flush(5)
        (event,) = capture_server.wait_for_events(project.id, 1)
        assert event["environment"] == "staging" and event["release"] == "v1.2.3"
    finally:
        bugstack.close()


def test_release_comes_from_ci_variables_then_git(tmp_path: Path) -> None:
    assert detect_release(environ={"GITHUB_SHA": "abc123"}) == "abc123"
    assert detect_release(environ={"BUGSTACK_RELEASE": "r9", "GITHUB_SHA": "abc"}) == "r9"
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / "app.py").write_text("x = 1\n")
    subprocess.run([*git, "add", "app.py"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "first"], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()
    assert detect_release(cwd=str(repo), environ={}) == head
    assert detect_release(cwd=str(tmp_path), environ={}) is None  # not a repository


def test_unknown_options_are_reported_not_raised(
    capture_server: CaptureServer, caplog: pytest.LogCaptureFixture
) -> None:
    project = capture_server.new_project()
    with caplog.at_level(logging.WARNING, logger="bugstack.sdk"):
        client = bugstack.init(api_key=project.api_key, url=capture_server.url, colour="red")
    try:
        assert client is not None and "colour" in caplog.text
    finally:
        bugstack.close()


def test_version_matches_the_package_metadata() -> None:
    assert bugstack.__version__ == importlib.metadata.version("bugstack")


def test_init_imports_nothing_outside_the_standard_library(tmp_path: Path) -> None:
    script = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        "import bugstack.domain\n"
        "domain_only = 'bugstack.sdk' in sys.modules\n"
        "import bugstack\n"
        "bugstack.init(api_key='bs_1_' + '0' * 32, url='http://127.0.0.1:9')\n"
        "tops = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(json.dumps({'domain_only': domain_only, 'foreign': sorted(\n"
        "    t for t in tops if t not in sys.stdlib_module_names and t != 'bugstack'\n"
        "    and not t.startswith('_'))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True, cwd=tmp_path)
    report = json.loads(result.stdout)
    # The server and CLI import the domain model without paying for the SDK...
    assert report["domain_only"] is False
    # ...and init imports no framework (nor anything else) the app did not import itself.
    assert report["foreign"] == []


def test_an_event_too_large_for_the_server_is_shrunk_not_lost(sdk: SDK) -> None:
    _client, server, project = sdk

    def load(batch: list[list[str]], more: list[list[str]], extra: list[list[str]]) -> None:
        rows = [row[:] for row in batch]
        raise MemoryError(f"{len(rows)} rows")

    def big() -> list[list[str]]:
        return [[f"{i}-{j}-" + "x" * 1000 for j in range(10)] for i in range(50)]

    def caller(batch: list[list[str]]) -> None:
        load(batch, big(), big())

    try:
        caller(big())
    except MemoryError as exc:
        bugstack.capture_exception(exc)
    assert bugstack.flush(10)
    (event,) = server.wait_for_events(project.id, 1)
    assert len(server.received[0].raw) < 1024 * 1024
    replay = event["contexts"][CONTEXT_KEY]
    frames = {f["function"]: f for f in replay["frames"]}
    # The crash frame keeps what fits; what did not is marked, never silently wrong.
    crash = frames["load"]["locals"]
    kept = [name for name, value in crash.items() if value != {"$type": "truncated",
                                                                 "reason": "size"}]
    assert kept and len(kept) < len(crash)
    assert frames["caller"]["locals"]["batch"] == {"$type": "truncated", "reason": "size"}

"""The SDK contract on the wire: back-off on 429/503, drops counted, the app never waits."""

from __future__ import annotations

import gc
import logging
import socket
import threading
import weakref
from collections.abc import Iterator

import pytest

import bugstack
from bugstack.sdk.transport import parse_rate_limits
from tests.sdk.conftest import CaptureServer


def _fail(message: str = "boom") -> BaseException:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        return exc


@pytest.fixture
def project_key(capture_server: CaptureServer) -> Iterator[str]:
    yield capture_server.new_project().api_key
    bugstack.close(timeout=5)


def test_rate_limit_header_pauses_sending_and_counts_the_drops(
    capture_server: CaptureServer, project_key: str
) -> None:
    capture_server.script.answers = [
        (429, {"Retry-After": "60", "X-Sentry-Rate-Limits": "60:error;transaction:key"})
    ]
    bugstack.init(api_key=project_key, url=capture_server.url)
    for index in range(4):
        bugstack.capture_exception(_fail(f"e{index}"))
    assert bugstack.flush(5)
    stats = bugstack.stats()
    assert stats["dropped_rate_limited"] == 4  # the one answered 429, then three not sent
    assert len(capture_server.rejected) == 1 and capture_server.received == []


class _Held:
    """A local of the failing frame, to see whether a capture keeps it alive."""


def _fail_holding(held: _Held) -> BaseException:
    try:
        raise RuntimeError(f"holding {id(held)}")
    except RuntimeError as exc:
        return exc


def test_during_a_pause_a_capture_copies_and_keeps_nothing(
    capture_server: CaptureServer, project_key: str
) -> None:
    capture_server.script.answers = [(429, {"Retry-After": "60"})]
    bugstack.init(api_key=project_key, url=capture_server.url)
    bugstack.capture_exception(_fail("first"))
    assert bugstack.flush(5)  # answered 429: paused for a minute
    held = _Held()
    alive = weakref.ref(held)
    error = _fail_holding(held)
    assert bugstack.capture_exception(error) is None  # dropped on the app's thread
    assert bugstack.capture_exception(error) is None  # the same error is counted once
    del held, error
    gc.collect()
    assert alive() is None  # nothing queued keeps the frame's locals
    stats = bugstack.stats()
    assert stats["dropped_rate_limited"] == 2 and stats["queued"] == 0


def test_a_limit_on_other_categories_does_not_stop_errors(
    capture_server: CaptureServer, project_key: str
) -> None:
    capture_server.script.answers = [(200, {"X-Sentry-Rate-Limits": "60:transaction:key"})]
    bugstack.init(api_key=project_key, url=capture_server.url)
    for index in range(3):
        bugstack.capture_exception(_fail(f"e{index}"))
    assert bugstack.flush(5)
    assert bugstack.stats()["sent"] == 3


def test_retry_after_alone_pauses_too(capture_server: CaptureServer, project_key: str) -> None:
    capture_server.script.answers = [(429, {"Retry-After": "30"})]
    bugstack.init(api_key=project_key, url=capture_server.url)
    for index in range(3):
        bugstack.capture_exception(_fail(f"e{index}"))
    assert bugstack.flush(5)
    assert bugstack.stats()["dropped_rate_limited"] == 3
    assert len(capture_server.rejected) == 1


def test_server_unavailable_backs_off(capture_server: CaptureServer, project_key: str) -> None:
    capture_server.script.answers = [(503, {})]
    bugstack.init(api_key=project_key, url=capture_server.url)
    for index in range(3):
        bugstack.capture_exception(_fail(f"e{index}"))
    assert bugstack.flush(5)
    stats = bugstack.stats()
    assert stats["dropped_server_unavailable"] == 1
    assert stats["dropped_backing_off"] == 2  # not sent at all during the back-off
    assert len(capture_server.rejected) == 1


def test_a_refused_key_is_counted_and_warned_about_once(
    capture_server: CaptureServer, caplog: pytest.LogCaptureFixture
) -> None:
    capture_server.new_project()
    stranger = "bs_1_" + "0" * 32
    try:
        with caplog.at_level(logging.WARNING, logger="bugstack.sdk"):
            bugstack.init(api_key=stranger, url=capture_server.url)
            for index in range(3):
                bugstack.capture_exception(_fail(f"e{index}"))
            assert bugstack.flush(5)
        assert bugstack.stats()["rejected_unauthorized"] == 3
        assert caplog.text.count("refused the API key") == 1
    finally:
        bugstack.close(timeout=5)


def test_an_unreachable_server_costs_the_app_nothing_but_a_count() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before use: nothing listens there
    bugstack.init(api_key="bs_7_" + "a" * 32, url=f"http://127.0.0.1:{port}")
    try:
        # Once the first send has failed, later captures are dropped on the spot (None);
        # before that they are queued and dropped by the worker: counted the same.
        assert bugstack.capture_exception(_fail("e0")) is not None
        for index in range(1, 3):
            bugstack.capture_exception(_fail(f"e{index}"))
        assert bugstack.flush(5)
        stats = bugstack.stats()
        assert stats["dropped_network_error"] == 1 and stats["dropped_backing_off"] == 2
    finally:
        bugstack.close(timeout=5)


def test_capture_returns_while_the_server_is_stuck_and_a_full_queue_drops(
    capture_server: CaptureServer, project_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered = threading.Event()
    release = threading.Event()
    original = capture_server.handle

    def stuck(path: str, headers: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(30)
        return original(path, headers, body)

    monkeypatch.setattr(capture_server, "handle", stuck)
    bugstack.init(api_key=project_key, url=capture_server.url, max_queue=2)
    try:
        assert bugstack.capture_exception(_fail("first")) is not None
        assert entered.wait(10)  # the worker is now inside a request the server holds
        # The app's thread goes on capturing while the request hangs: nothing waits.
        ids = [bugstack.capture_exception(_fail(f"more{i}")) for i in range(4)]
        assert [i is not None for i in ids] == [True, True, False, False]
        assert bugstack.stats()["dropped_queue_full"] == 2
        assert bugstack.flush(0.05) is False  # flush gives up at its timeout
    finally:
        release.set()
    assert bugstack.flush(10)
    assert bugstack.stats()["sent"] == 3


def test_rate_limit_header_parsing() -> None:
    now = 1000.0
    assert parse_rate_limits("60:error:key", now) == 1060.0
    assert parse_rate_limits("60::organization", now) == 1060.0  # every category
    assert parse_rate_limits("60:transaction;session:key", now) is None
    assert parse_rate_limits("10:error:key, 120:default;error:org:quota", now) == 1120.0
    assert parse_rate_limits("soon:error:key", now) is None
    assert parse_rate_limits("99999:error:key", now) == now + 300  # capped back-off


def test_a_bad_url_is_a_warning_not_an_exception(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bugstack.sdk"):
        assert bugstack.init(api_key="bs_3_" + "b" * 32, url="ftp://example") is None
    assert "init failed" in caplog.text
    assert bugstack.capture_exception(_fail()) is None


def test_too_large_and_malformed_answers_are_counted(
    capture_server: CaptureServer, project_key: str
) -> None:
    capture_server.script.answers = [(413, {}), (400, {})]
    bugstack.init(api_key=project_key, url=capture_server.url)
    for index in range(3):
        bugstack.capture_exception(_fail(f"e{index}"))
    assert bugstack.flush(5)
    stats = bugstack.stats()
    # Neither answer asks the SDK to slow down, so the third event goes through.
    assert (stats["rejected_too_large"], stats["rejected"], stats["sent"]) == (1, 1, 1)

"""The outbox: notifications sent in the background, failed channels retried a bounded
number of times, over real HTTP on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from bugstack.deliver.notify import (
    ChannelResult,
    Notification,
    NotificationKind,
    Outbox,
    notifier_from_settings,
)
from tests.deliver.fakes.http import FakeServer, Response

NEW = Notification(NotificationKind.NEW_ISSUE, "shop", "KeyError: 'sku'", "A new error.",
                   "http://127.0.0.1:8000/issues/7", issue_id=7)


def _until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


@pytest.fixture
def receiver() -> Iterator[FakeServer]:
    server = FakeServer()
    server.route("POST", "/ok", lambda r: Response(204))
    server.route("POST", "/down", lambda r: Response(503, raw=b"maintenance"))
    server.start()
    yield server
    server.stop()


def _hits(server: FakeServer, path: str) -> int:
    with server.lock:
        return sum(r.path == path for r in server.requests)


def test_a_failing_channel_is_retried_alone_then_given_up(receiver: FakeServer) -> None:
    results: list[list[ChannelResult]] = []
    outbox = Outbox(retry_delays=(0.05, 0.05), on_result=lambda n, r: results.append(r))
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{receiver.url}/ok", "secret": "s"},
        {"type": "webhook", "url": f"{receiver.url}/down", "secret": "s"},
    ])
    outbox.start()
    try:
        assert outbox.post(notifier, NEW)
        _until(outbox.idle)
    finally:
        outbox.stop()
    # One try and two retries for the dead one; the healthy one got the message once.
    assert _hits(receiver, "/down") == 3
    assert _hits(receiver, "/ok") == 1
    outcomes = [(r.channel.rsplit("/", 1)[-1], r.ok) for batch in results for r in batch]
    assert sorted(outcomes) == [("down", False)] * 3 + [("ok", True)]
    assert all("503" in (r.error or "") for batch in results for r in batch if not r.ok)


def test_a_channel_that_comes_back_gets_the_message(receiver: FakeServer) -> None:
    receiver.fail_next("^/ok$", Response(502, raw=b"bad gateway"))
    outbox = Outbox(retry_delays=(0.05, 0.05))
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{receiver.url}/ok", "secret": "s"}])
    outbox.start()
    try:
        outbox.post(notifier, NEW)
        _until(outbox.idle)
    finally:
        outbox.stop()
    assert _hits(receiver, "/ok") == 2  # refused once, delivered on the retry


def test_post_never_waits_for_a_hanging_endpoint_and_the_queue_is_bounded() -> None:
    entered, release = threading.Event(), threading.Event()
    hanging = FakeServer()

    def hang(_request: object) -> Response:
        entered.set()
        release.wait(60)
        return Response(204)

    hanging.route("POST", "/hang", hang)
    hanging.start()
    outbox = Outbox(retry_delays=(), capacity=3, senders=1)
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{hanging.url}/hang", "secret": "s"}])
    outbox.start()
    try:
        assert outbox.post(notifier, NEW)
        assert entered.wait(30)  # the one sender is now stuck on the endpoint
        accepted = [outbox.post(notifier, NEW) for _ in range(5)]
        # Posting returned while the endpoint still hangs: three queued, two refused.
        assert not release.is_set()
        assert accepted == [True, True, True, False, False]
        assert outbox.refused == 2
        release.set()
        _until(outbox.idle)
    finally:
        release.set()
        outbox.stop()
        hanging.stop()
    assert sum(r.path == "/hang" for r in hanging.requests) == 4


def test_a_hanging_channel_holds_one_sender_and_the_others_keep_going(
    receiver: FakeServer,
) -> None:
    entered, release = threading.Event(), threading.Event()
    calls: list[object] = []

    def hang(request: object) -> Response:
        calls.append(request)
        entered.set()
        release.wait(60)
        return Response(204)

    # A server of its own: the fake answers one request at a time.
    hanging = FakeServer()
    hanging.route("POST", "/hang", hang)
    hanging.start()
    outbox = Outbox(retry_delays=(), senders=2)
    notifier = notifier_from_settings([
        {"type": "webhook", "url": f"{hanging.url}/hang", "secret": "s"},
        {"type": "webhook", "url": f"{receiver.url}/ok", "secret": "s"},
    ])
    outbox.start()
    try:
        for _ in range(5):
            assert outbox.post(notifier, NEW)
        # All five reach the healthy channel while the first send to the other hangs.
        _until(lambda: _hits(receiver, "/ok") == 5)
        assert entered.is_set() and not release.is_set()
        assert len(calls) == 1  # one send in flight per channel, no more
        release.set()
        _until(outbox.idle)
    finally:
        release.set()
        outbox.stop()
        hanging.stop()
    assert len(calls) == 5

"""The transport against servers that answer badly: each request ends by its deadline,
answers are read only up to a bound, a failing server gets a rest, and odd ``Retry-After``
values are understood or ignored, never trusted blindly. And the queue in front of it
keeps a bounded amount of memory alive while the server is slow."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from bugstack.sdk.transport import Endpoint, Outcome, Transport, _retry_after, parse_rate_limits
from bugstack.sdk.worker import Worker
from tests.sdk.hostile import HostileServer

EVENT = {"event_id": "0" * 32, "message": "boom"}
SDK = {"name": "bugstack.python", "version": "test"}


_opened: list[Transport] = []


@pytest.fixture
def server() -> Iterator[HostileServer]:
    hostile = HostileServer("healthy", slow_seconds=60.0, trickle_interval=0.2)
    try:
        yield hostile
    finally:
        while _opened:
            _opened.pop().close()  # a kept-alive connection
        hostile.close()


def _transport(server: HostileServer, timeout: float = 1.0) -> Transport:
    transport = Transport(Endpoint.from_url(server.url, 1), "bs_1_" + "0" * 32, "test/1",
                          timeout)
    _opened.append(transport)
    return transport


def _timed_send(transport: Transport) -> tuple[str, float]:
    started = time.monotonic()
    outcome = transport.send(EVENT, SDK)
    return outcome, time.monotonic() - started


def test_a_trickling_answer_ends_at_the_request_deadline(server: HostileServer) -> None:
    server.behaviour = "trickle"  # one byte every 0.2 s: no single read ever times out
    transport = _transport(server, timeout=1.0)
    outcome, seconds = _timed_send(transport)
    assert outcome == Outcome.NETWORK_ERROR
    assert seconds < 30  # without a deadline: hours (a 1 MB status line at 5 bytes/s)
    assert transport.paused() == Outcome.BACKING_OFF


def test_an_endless_answer_is_read_only_up_to_a_bound(server: HostileServer) -> None:
    server.behaviour = "endless"  # a 200 whose chunked body never ends
    transport = _transport(server, timeout=5.0)
    outcome, seconds = _timed_send(transport)
    assert outcome == Outcome.SENT  # the status said 200; the rest is not read
    assert seconds < 30
    server.behaviour = "healthy"
    assert transport.send(EVENT, SDK) == Outcome.SENT  # on a fresh connection
    assert transport.counts[Outcome.SENT] == 2


def test_a_slow_server_costs_one_timeout_then_a_pause(server: HostileServer) -> None:
    server.behaviour = "slow"
    transport = _transport(server, timeout=0.5)
    outcome, seconds = _timed_send(transport)
    assert outcome == Outcome.NETWORK_ERROR and seconds < 30
    assert transport.send(EVENT, SDK) == Outcome.BACKING_OFF  # not sent again meanwhile
    assert server.count("slow") == 1


def test_any_5xx_backs_off_and_sending_resumes_after(server: HostileServer) -> None:
    server.behaviour = "error_500"
    transport = _transport(server)
    assert transport.send(EVENT, SDK) == Outcome.SERVER_UNAVAILABLE
    assert transport.send(EVENT, SDK) == Outcome.BACKING_OFF
    assert server.count("error_500") == 1
    server.behaviour = "healthy"
    deadline = time.monotonic() + 30
    while transport.paused() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert transport.send(EVENT, SDK) == Outcome.SENT


@pytest.mark.parametrize("behaviour", ["garbage", "cut"])
def test_broken_answers_are_counted_not_raised(server: HostileServer, behaviour: str) -> None:
    server.behaviour = behaviour
    transport = _transport(server)
    outcome = transport.send(EVENT, SDK)
    # A head that says 200 before the connection drops was an answer; garbage was not.
    assert outcome == (Outcome.SENT if behaviour == "cut" else Outcome.NETWORK_ERROR)


def test_retry_after_values() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after("-3") == 0.0
    assert _retry_after("1e9") == 300.0  # capped
    assert _retry_after("nan") == 60.0 and _retry_after("inf") == 60.0  # the default
    assert _retry_after("soon") == 60.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    assert 100 < _retry_after(later) <= 120  # an HTTP date, as RFC 9110 allows
    earlier = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert _retry_after(earlier) == 0.0


def test_rate_limit_header_ignores_values_that_are_not_numbers() -> None:
    assert parse_rate_limits("nan:error:key", 1000.0) is None
    assert parse_rate_limits("inf:error:key, 5:error:key", 1000.0) == 1005.0


def test_the_queue_keeps_at_most_its_byte_budget_alive() -> None:
    release = threading.Event()
    handled: list[bytes] = []

    def handle(item: bytes) -> None:
        release.wait(30)
        handled.append(item)

    drops: list[int] = []
    worker: Worker[bytes] = Worker(handle, max_queue=100, on_drop=lambda: drops.append(1),
                                   weigh=len, max_bytes=1000)
    try:
        # An item that finds the queue empty always gets in (and is not weighed); behind
        # it, the budget applies to everything queued or being handled.
        assert worker.submit(b"x" * 5000)
        assert worker.submit(b"y" * 600)
        assert not worker.submit(b"z" * 600)  # 600 + 600 > 1000
        assert worker.submit(b"w" * 300)
        release.set()
        assert worker.flush(30)
        assert worker.submit(b"v" * 5000)  # the budget is released as items are handled
    finally:
        release.set()
        worker.close(30)
    assert drops == [1]
    assert handled == [b"x" * 5000, b"y" * 600, b"w" * 300, b"v" * 5000]

"""The SDK in an app whose bugstack server is absent, slow, refusing or hostile (issue 10).

Each test runs a small WSGI app in its own process (``tests.sdk.apps.hostile_host``),
once without the SDK, to measure what its requests cost on this machine right now, and
once with ``bugstack.init`` reporting to a loopback server that misbehaves one way
(``tests.sdk.hostile``). The SDK must keep its promises there:

* the app's requests stay fast: the median, failing requests included, within a generous
  bound of the same app without any SDK, measured in the same test;
* memory stays bounded: a flood of failing requests, each holding a 64 KiB local, grows
  the process by no more than a cap (the queue is bounded and drops the rest);
* nothing raises into the app: every request's exception is the app's own ``KeyError``,
  passed through (not swallowed), and the SDK's worker is still alive;
* it recovers: once the server answers 200 again, an event gets through;
* the process still exits promptly (the exit handler waits ``shutdown_timeout`` at most).

Exact figures are printed by ``bench/sdk_overhead.py --hostile``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.reliability.conftest import Figures
from tests.sdk.hostile import HostileServer, HostRun, closed_port, run_host

#: The faults, each a behaviour of the server (``unreachable``: nothing listens).
FAULTS = ("unreachable", "slow", "rate_limited", "error_500", "garbage", "cut", "trickle",
          "endless")

#: The app's median request with the SDK may take this many times the median without it,
#: plus ``LATENCY_SLACK_MS``: loose enough for a loaded 2-core machine (the measured ratio
#: is about 1.1, see bench/sdk_overhead.py --hostile), tight enough to catch a request
#: that waits on the network (milliseconds to seconds).
LATENCY_RATIO = 3.0
LATENCY_SLACK_MS = 0.5
#: Resident memory the flood may add: the queue holds at most 100 events (6.4 MiB of
#: locals here); everything past that must be dropped, not kept.
MEMORY_CAP_BYTES = 48 * 1024 * 1024
#: How long the process may take to exit once told: shutdown_timeout (2 s) plus start-up
#: noise of a busy machine.
EXIT_CAP_SECONDS = 20.0

CONFIG: dict[str, Any] = {
    "requests": 600,
    "fail_every": 4,
    "flood": 2000,
    "big_local": 64 * 1024,
    "send_timeout": 2.0,
    "shutdown_timeout": 2.0,
}


@contextmanager
def _server(fault: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """The misbehaving server's URL, and how to make it healthy again."""
    if fault == "unreachable":
        port = closed_port()
        started: list[HostileServer] = []

        def come_up() -> None:
            started.append(HostileServer("healthy", port=port))

        try:
            yield f"http://127.0.0.1:{port}", come_up
        finally:
            for server in started:
                server.close()
        return
    server = HostileServer(fault, slow_seconds=30.0, retry_after=2.0, trickle_interval=0.5)

    def heal() -> None:
        server.behaviour = "healthy"

    try:
        yield server.url, heal
    finally:
        server.close()


def _latency_ms(run: HostRun) -> float:
    return float(run.phases["serve"]["all"]["median_ms"])


def _within_bound(with_sdk: float, without: float) -> bool:
    return with_sdk <= LATENCY_RATIO * without + LATENCY_SLACK_MS


def _measured_pair(url: str, first: HostRun) -> tuple[float, float]:
    """The latency with the SDK against the app without it, best of up to three pairs.

    A neighbour's burst can only slow a run down, so a pair that meets the bound shows
    the SDK does; a second and third pair are measured only when the first one did not.
    """
    best: tuple[float, float] | None = None
    for attempt in range(3):
        baseline = run_host({**CONFIG, "sdk": False, "flood": 0})
        hostile = first if attempt == 0 else run_host({**CONFIG, "url": url, "flood": 0})
        pair = (_latency_ms(hostile), _latency_ms(baseline))
        if best is None or pair[0] / pair[1] < best[0] / best[1]:
            best = pair
        if _within_bound(*pair):
            break
    assert best is not None
    return best


def _problems(run: HostRun) -> list[str]:
    """Broken promises other than latency, memory and recovery."""
    problems = []
    for name, phase in run.phases.items():
        if phase.get("escaped"):
            problems.append(f"{name}: raised into the app: {phase['escaped']}")
        if phase.get("worker_alive") is False:
            problems.append(f"{name}: the SDK's worker thread died")
    serve = run.phases.get("serve")
    if serve is not None and serve["app_errors"] != serve["failing"]["count"]:
        problems.append(f"the app's own exceptions were not all passed through: "
                        f"{serve['app_errors']} of {serve['failing']['count']}")
    if "Traceback" in run.stderr:
        problems.append(f"traceback on stderr: {run.stderr[-600:]}")
    if run.returncode != 0:
        problems.append(f"exit code {run.returncode}: {run.stderr[-600:]}")
    return problems


@pytest.mark.parametrize("fault", FAULTS)
def test_the_app_keeps_its_promises_while_the_server_misbehaves(
    fault: str, figures: Figures
) -> None:
    with _server(fault) as (url, heal):
        run = run_host({**CONFIG, "url": url}, recover=heal)
        assert {"serve", "flood"} <= run.phases.keys(), run.stderr[-2000:]
        with_sdk, without = _measured_pair(url, run)
    flood = run.phases["flood"]
    recovery = run.phases.get("recovery", {})
    problems = _problems(run)
    fast = _within_bound(with_sdk, without)
    bounded = flood["growth_bytes"] <= MEMORY_CAP_BYTES
    recovered = bool(recovery.get("recovered"))
    exited = run.exit_seconds <= EXIT_CAP_SECONDS
    detail = (f"median request {with_sdk:.3f} ms vs {without:.3f} ms without SDK; flood of "
              f"{flood['requests']} grew RSS {flood['growth_bytes'] / 2**20:.1f} MiB; "
              f"recovered in {recovery.get('seconds', float('nan')):.1f} s; exit "
              f"{run.exit_seconds:.1f} s; stats {flood['stats']}")
    figures.attempt("fault", f"sdk: server {fault}", held=fast and bounded and recovered
                    and exited and not problems, detail=detail)
    figures.measure(f"sdk under server {fault}: request latency ratio", with_sdk / without,
                    "x no SDK")
    figures.measure(f"sdk under server {fault}: RSS growth over flood",
                    flood["growth_bytes"] / 2**20, "MiB")
    assert not problems, problems
    assert fast, detail
    assert bounded, detail
    assert recovered, f"no event got through once the server was healthy: {recovery}"
    assert exited, detail


#: Large locals: 2 MiB each. The count bound alone (100 events) would let the queue keep
#: 200 MiB alive; the byte budget (max_queue_bytes, 32 MiB) keeps it to about that.
LARGE_MEMORY_CAP_BYTES = 96 * 1024 * 1024


@pytest.mark.parametrize("fault", ["healthy", "slow"])
def test_a_flood_of_errors_holding_large_locals_stays_within_the_queue_budget(
    fault: str, figures: Figures
) -> None:
    with _server(fault) as (url, _heal):
        run = run_host({**CONFIG, "url": url, "requests": 100, "flood": 400,
                        "big_local": 2 * 1024 * 1024, "send_timeout": 5.0})
    assert {"serve", "flood"} <= run.phases.keys(), run.stderr[-2000:]
    flood = run.phases["flood"]
    problems = _problems(run)
    bounded = flood["growth_bytes"] <= LARGE_MEMORY_CAP_BYTES
    detail = (f"flood of {flood['requests']} errors holding 2 MiB each grew RSS "
              f"{flood['growth_bytes'] / 2**20:.1f} MiB; stats {flood['stats']}")
    figures.attempt("fault", f"sdk: server {fault}, errors holding 2 MiB locals",
                    held=bounded and not problems, detail=detail)
    figures.measure(f"sdk under server {fault}: RSS growth over a flood of 2 MiB locals",
                    flood["growth_bytes"] / 2**20, "MiB")
    assert not problems, problems
    assert bounded, detail

"""``bench/sdk_overhead.py --hostile``: what a misbehaving bugstack server costs the app.

For each fault (the server unreachable, slow, rate-limiting, failing with 500, answering
garbage, hanging up mid-answer, trickling one byte at a time, or streaming an endless
body) a small WSGI app runs in a fresh process, once without any SDK and once with
``bugstack.init`` reporting to that server, in interleaved rounds so a noisy neighbour
hurts both alike (``tests/sdk/apps/hostile_host.py`` is the app, ``tests/sdk/hostile.py``
the server; ``tests/reliability/test_sdk_hostile_host.py`` asserts the same properties
with generous bounds). Per fault it prints the median request latency against no SDK
(the median over rounds of the within-round ratio), the failing requests' ratio, the p99
with the SDK, the resident-memory growth over a flood of failing requests each holding a
64 KiB local, how long until an event got through once the server was healthy again,
and how long the process took to exit.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sdk.hostile import HostileServer, HostRun, closed_port, run_host  # noqa: E402

FAULTS = ("healthy", "unreachable", "slow", "rate_limited", "error_500", "garbage", "cut",
          "trickle", "endless")
CONFIG: dict[str, Any] = {"requests": 1000, "fail_every": 4, "flood": 3000,
                          "big_local": 64 * 1024, "send_timeout": 5.0,
                          "shutdown_timeout": 2.0}


@contextmanager
def _server(fault: str) -> Iterator[tuple[str, Callable[[], None]]]:
    if fault == "unreachable":
        port = closed_port()
        up: list[HostileServer] = []
        try:
            yield f"http://127.0.0.1:{port}", lambda: up.append(HostileServer(port=port))
        finally:
            for server in up:
                server.close()
        return
    server = HostileServer(fault, slow_seconds=30.0, retry_after=2.0)

    def heal() -> None:
        server.behaviour = "healthy"

    try:
        yield server.url, heal
    finally:
        server.close()


def _ratio(runs: list[tuple[HostRun, HostRun]], kind: str) -> float:
    return statistics.median(
        sdk.phases["serve"][kind]["median_ms"] / none.phases["serve"][kind]["median_ms"]
        for sdk, none in runs)


def measure(fault: str, rounds: int) -> dict[str, Any]:
    pairs: list[tuple[HostRun, HostRun]] = []
    with _server(fault) as (url, heal):
        for index in range(rounds):
            baseline = run_host({**CONFIG, "sdk": False})
            # The last round also floods, recovers and exits, which changes the server.
            last = index == rounds - 1
            sdk = run_host({**CONFIG, "url": url, "flood": CONFIG["flood"] if last else 0},
                           recover=heal if last else None)
            pairs.append((sdk, baseline))
    final = pairs[-1][0]
    flood = final.phases["flood"]
    recovery = final.phases.get("recovery", {})
    escaped = [e for sdk, _ in pairs for phase in sdk.phases.values() for e in phase["escaped"]]
    return {
        "fault": fault,
        "latency_ratio": _ratio(pairs, "all"),
        "failing_ratio": _ratio(pairs, "failing"),
        "median_ms": statistics.median(s.phases["serve"]["all"]["median_ms"] for s, _ in pairs),
        "baseline_median_ms": statistics.median(
            b.phases["serve"]["all"]["median_ms"] for _, b in pairs),
        "p99_ms": statistics.median(s.phases["serve"]["all"]["p99_ms"] for s, _ in pairs),
        "baseline_p99_ms": statistics.median(b.phases["serve"]["all"]["p99_ms"] for _, b in pairs),
        "flood_growth_mib": flood["growth_bytes"] / 2**20,
        "baseline_flood_growth_mib": pairs[-1][1].phases["flood"]["growth_bytes"] / 2**20,
        "recovery_seconds": recovery.get("seconds") if recovery.get("recovered") else None,
        "exit_seconds": final.exit_seconds,
        "escaped": escaped,
        "stats": flood["stats"],
    }


def main(rounds: int) -> None:
    print(f"hostile servers: {rounds} interleaved rounds per fault of {CONFIG['requests']} "
          f"requests (1 in {CONFIG['fail_every']} failing) with and without the SDK; the "
          f"last round then floods {CONFIG['flood']} failing requests with a 64 KiB local "
          "each, heals the server and exits\n")
    header = (f"{'server':<13} {'median':>7} {'failing':>8} {'p99 ms':>15} {'flood RSS':>13} "
              f"{'recovered':>10} {'exit':>6}  raised")
    print(header)
    print(f"{'':<13} {'vs none':>7} {'vs none':>8} {'sdk / none':>15} {'sdk / none':>13}")
    results = []
    for fault in FAULTS:
        row = measure(fault, rounds)
        results.append(row)
        recovered = ("-" if fault == "healthy" else
                     "never" if row["recovery_seconds"] is None
                     else f"{row['recovery_seconds']:.1f} s")
        print(f"{fault:<13} {row['latency_ratio']:>6.2f}x {row['failing_ratio']:>7.2f}x "
              f"{row['p99_ms']:>6.2f} / {row['baseline_p99_ms']:<6.2f} "
              f"{row['flood_growth_mib']:>5.1f} / {row['baseline_flood_growth_mib']:<4.1f}MiB "
              f"{recovered:>10} {row['exit_seconds']:>5.1f}s  {len(row['escaped'])}",
              flush=True)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sdk_hostile.json").write_text(json.dumps(results, indent=2))
    print(f"\nresults: {out / 'sdk_hostile.json'}")

"""A WSGI app serving a stream of requests in its own process, with or without bugstack.

``python -m tests.sdk.apps.hostile_host '<json config>'`` (see ``Config``). It is the host
in the SDK's hostile-host tests: the server the SDK reports to misbehaves, and this
process measures what that costs the app. Requests go straight into the WSGI callable
(no socket between), so what is timed is the app and the SDK, not a load generator.

It prints one JSON line per phase on stdout:

1. ``{"phase": "serve", ...}``: per-request latency of normal and failing requests (one
   request in ``fail_every`` raises ``KeyError`` three frames deep), paced like a server
   that is busy but not saturated; and any exception that reached the app other than the
   app's own (``escaped``, which must stay empty).
2. ``{"phase": "flood", ...}``: resident memory before and after ``flood`` failing
   requests in a row, each holding a distinct ``big_local``-byte local, as fast as the
   process can go.
3. With ``recover``, it then waits for a line on stdin (the test makes the server healthy
   again) and keeps failing one request every 50 ms until an event is sent:
   ``{"phase": "recovery", "recovered": bool, "seconds": float}``.

Then it returns normally, so the SDK's exit handler runs; the parent times the exit.
"""

from __future__ import annotations

import gc
import io
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

KEY = "bs_1_" + "0" * 32


@dataclass
class Config:
    sdk: bool = True
    url: str = "http://127.0.0.1:9"
    requests: int = 600
    fail_every: int = 4
    pace_seconds: float = 0.0005
    flood: int = 2000
    big_local: int = 64 * 1024
    recover: bool = False
    recover_patience: float = 120.0
    send_timeout: float = 2.0
    shutdown_timeout: float = 2.0


# -- the app ----------------------------------------------------------------------------

CATALOGUE: list[dict[str, Any]] = [
    {"sku": f"SKU-{i:04d}", "price": i * 1.25, "tags": ["a", "b"]} for i in range(200)
]


def _price_of(order: dict[str, Any], sku: str) -> float:
    lines = order["lines"]
    return float(lines[sku])  # KeyError for an unknown SKU: the app's own bug


def _order_total(order: dict[str, Any], skus: list[str]) -> float:
    return sum(_price_of(order, sku) for sku in skus)


def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    path = environ["PATH_INFO"]
    # Some work every request does, so the latency is that of a real (small) endpoint.
    listing = json.dumps([item for item in CATALOGUE if item["price"] > 10])
    if path.startswith("/fail"):
        payload = environ.get("bench.payload", b"")
        order = {"lines": {"SKU-0001": 1.25}, "note": payload}
        _order_total(order, ["SKU-0001", "SKU-9999"])
    body = f'{{"items": {len(listing)}}}'.encode()
    start_response("200 OK", [("Content-Type", "application/json"),
                              ("Content-Length", str(len(body)))])
    return [body]


def _environ(path: str, payload: bytes = b"") -> dict[str, Any]:
    return {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "sku=SKU-9999",
        "SERVER_NAME": "shop.internal", "SERVER_PORT": "8080", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "shop.internal", "HTTP_USER_AGENT": "probe/1.0",
        "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http", "bench.payload": payload,
    }


def _start_response(status: str, headers: list[tuple[str, str]]) -> None:
    pass


# -- measuring ---------------------------------------------------------------------------

def _rss_bytes() -> int:
    with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Host:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.escaped: list[str] = []
        self.app_errors = 0
        self.handler: Callable[..., Iterable[bytes]] = app
        if config.sdk:
            import bugstack
            from bugstack.sdk.integrations.wsgi import BugstackWSGIMiddleware

            client = bugstack.init(api_key=KEY, url=config.url, release="hostile",
                                   environment="test", send_timeout=config.send_timeout,
                                   shutdown_timeout=config.shutdown_timeout)
            if client is None:
                raise SystemExit("bugstack.init returned None")
            self.handler = BugstackWSGIMiddleware(app)

    def request(self, path: str, payload: bytes = b"") -> float:
        """One request; returns its duration in seconds."""
        started = time.perf_counter()
        try:
            for _ in self.handler(_environ(path, payload), _start_response):
                pass
        except KeyError:
            self.app_errors += 1  # the app's own exception, passed through unchanged
        except BaseException as exc:  # anything else came from the SDK: a broken promise
            self.escaped.append(f"{type(exc).__name__}: {exc}")
        return time.perf_counter() - started

    def stats(self) -> dict[str, int]:
        if not self.config.sdk:
            return {}
        import bugstack

        return bugstack.stats()

    def worker_alive(self) -> bool | None:
        if not self.config.sdk:
            return None
        from bugstack.sdk.client import get_client

        client = get_client()
        thread = client.worker._thread if client is not None else None
        return thread is not None and thread.is_alive()


def _summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {"median_ms": statistics.median(ordered) * 1000,
            "p90_ms": ordered[int(len(ordered) * 0.9)] * 1000,
            "p99_ms": ordered[int(len(ordered) * 0.99)] * 1000,
            "max_ms": ordered[-1] * 1000, "count": len(ordered)}


def serve(host: Host) -> dict[str, Any]:
    config = host.config
    for index in range(100):  # warm-up: imports, caches, the worker thread
        host.request("/fail" if index % config.fail_every == 0 else "/items")
    host.app_errors = 0
    normal: list[float] = []
    failing: list[float] = []
    started = time.perf_counter()
    for index in range(config.requests):
        if index % config.fail_every == 0:
            failing.append(host.request("/fail"))
        else:
            normal.append(host.request("/items"))
        time.sleep(config.pace_seconds)
    return {"phase": "serve", "normal": _summary(normal), "failing": _summary(failing),
            "all": _summary(normal + failing), "wall_seconds": time.perf_counter() - started,
            "escaped": host.escaped[:5], "app_errors": host.app_errors,
            "stats": host.stats(), "worker_alive": host.worker_alive()}


def flood(host: Host) -> dict[str, Any]:
    config = host.config
    gc.collect()
    before = _rss_bytes()
    peak = before
    started = time.perf_counter()
    for index in range(config.flood):
        # Distinct bytes per request, so nothing is shared between the kept events.
        host.request("/fail", os.urandom(16) + bytes(config.big_local))
        if index % 100 == 0:
            peak = max(peak, _rss_bytes())
    seconds = time.perf_counter() - started
    gc.collect()
    after = _rss_bytes()
    return {"phase": "flood", "requests": config.flood, "rss_before": before,
            "rss_after": after, "rss_peak": max(peak, after),
            "growth_bytes": max(peak, after) - before, "seconds": seconds,
            "escaped": host.escaped[:5], "stats": host.stats(),
            "worker_alive": host.worker_alive()}


def recover(host: Host) -> dict[str, Any]:
    sent_before = host.stats().get("sent", 0)
    started = time.monotonic()
    deadline = started + host.config.recover_patience
    recovered = False
    while time.monotonic() < deadline:
        host.request("/fail")
        if host.stats().get("sent", 0) > sent_before:
            recovered = True
            break
        time.sleep(0.05)
    return {"phase": "recovery", "recovered": recovered,
            "seconds": time.monotonic() - started, "escaped": host.escaped[:5],
            "stats": host.stats(), "worker_alive": host.worker_alive()}


def _emit(record: dict[str, Any]) -> None:
    record["threads"] = threading.active_count()
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    config = Config(**json.loads(argv[0]))
    host = Host(config)
    _emit(serve(host))
    _emit(flood(host))
    if config.recover:
        sys.stdin.readline()  # the parent has made the server healthy again
        _emit(recover(host))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

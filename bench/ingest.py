"""Ingest throughput, end to end, against the ceiling of a bare endpoint.

    python bench/ingest.py [--seconds 10] [--connections 32] [--backend sqlite postgres]

Sends realistic ~5 KB error events (unique event ids, several issues and releases), as
gzip envelopes the way sentry-sdk sends them, from C concurrent connections driven by wrk
(``apt-get install wrk``) for a fixed time. In the same run it drives a bare FastAPI
endpoint that only reads the body (the ceiling on this machine), then ``bugstack serve``
on each backend. bugstack answers 200 only once the event is committed and grouped (group
commit), so answered events per second is end-to-end throughput; the script also measures
it from the server's own commit times, and checks that every event answered 200 is stored.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import free_port, start_server_process  # noqa: E402

FUNCTIONS = ["checkout", "refund", "login", "search", "export", "invoice", "ship", "rate"]
TYPES = ["KeyError", "AttributeError", "TypeError", "ValueError", "ZeroDivisionError"]


def realistic_event(index: int) -> dict[str, object]:
    """An event shaped like sentry-python's: frames with context and vars, a request."""
    function = FUNCTIONS[index % len(FUNCTIONS)]
    frames = []
    for depth in range(10):
        in_app = depth >= 6
        frames.append({
            "filename": f"shop/{function}.py" if in_app else f"starlette/routing_{depth}.py",
            "abs_path": f"/srv/app/shop/{function}.py" if in_app else
            f"/usr/lib/python3.11/site-packages/starlette/routing_{depth}.py",
            "module": f"shop.{function}" if in_app else f"starlette.routing_{depth}",
            "function": f"{function}_{depth}" if in_app else "handle",
            "lineno": 40 + depth + index % 7,
            "context_line": "        total = order.items[0].price * quantity",
            "pre_context": ["    def handle(self, order):", "        quantity = order.qty"],
            "post_context": ["        return total", ""],
            "in_app": in_app,
            "vars": {"order": "<Order id=42 items=[] customer='ada'>", "quantity": "3",
                     "self": "<shop.handlers.Handler object at 0x7f3a>"},
        })
    return {
        "event_id": uuid.uuid4().hex,
        "timestamp": time.time(),
        "platform": "python",
        "level": "error",
        "release": f"shop@1.{index % 3}.0",
        "environment": "production",
        "server_name": "web-1",
        "sdk": {"name": "sentry.python", "version": "2.75.0"},
        "exception": {"values": [{
            "type": TYPES[index % len(TYPES)],
            "value": f"order {index} could not be processed",
            "module": None,
            "mechanism": {"type": "starlette", "handled": False},
            "stacktrace": {"frames": frames},
        }]},
        "request": {
            "method": "POST", "url": f"https://shop.example/api/{function}",
            "query_string": "page=2",
            "headers": {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64)",
                        "Accept": "application/json", "Content-Type": "application/json"},
            "data": {"order_id": index, "items": [{"sku": "A-1", "qty": 3}]},
        },
        "breadcrumbs": {"values": [
            {"category": "query", "message": "SELECT * FROM orders WHERE id = %s",
             "timestamp": time.time(), "level": "info"} for _ in range(6)
        ]},
        "tags": {"region": "eu-west-1"},
        "contexts": {"runtime": {"name": "CPython", "version": "3.11.7"}},
    }


def envelope(event: dict[str, object]) -> bytes:
    payload = json.dumps(event).encode()
    header = json.dumps({"event_id": event["event_id"], "sent_at": "2026-11-25T10:00:00Z"})
    item = json.dumps({"type": "event", "content_type": "application/json",
                       "length": len(payload)})
    return gzip.compress(f"{header}\n{item}\n".encode() + payload + b"\n")


@dataclass
class WrkResult:
    requests: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


#: wrk prints times with the unit that keeps the number short (units.c): microseconds up to
#: hours, so a stalled run shows "1.02m" where a fast one shows "850.00us".
_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_TIME = r"([\d.]+)(us|ms|s|m|h)\b"


class WrkOutputError(RuntimeError):
    """wrk's report did not read as expected; the message holds the report."""


def _ms(text: str) -> float:
    match = re.fullmatch(_TIME, text.strip())
    if match is None:
        raise WrkOutputError(f"unknown time format {text!r} in wrk's output")
    return float(match.group(1)) * _TIME_UNITS_MS[match.group(2)]


def _search(pattern: str, out: str) -> re.Match[str]:
    match = re.search(pattern, out)
    if match is None:
        raise WrkOutputError(f"no {pattern!r} in wrk's output:\n{out}")
    return match


def parse_wrk(out: str) -> WrkResult:
    """The figures of a ``wrk --latency`` report (total requests, time, p50, p99, errors)."""
    totals = _search(r"(\d+) requests in " + _TIME, out)
    requests = int(totals.group(1))
    elapsed = _ms(totals.group(2) + totals.group(3)) / 1000
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                              r"timeout (\d+)", out)
    if socket_errors is not None:  # timeouts and cut connections: not answered, not 200
        errors += sum(int(n) for n in socket_errors.groups())
    return WrkResult(
        requests=requests, seconds=elapsed, per_second=requests / elapsed if elapsed else 0.0,
        p50_ms=_ms(_search(r"\b50%\s+(\S+)", out).group(1)),
        p99_ms=_ms(_search(r"\b99%\s+(\S+)", out).group(1)),
        errors=errors,
    )


def run_wrk(url: str, prefix: Path, project_id: int, key: str, connections: int,
            threads: int, seconds: int) -> WrkResult:
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
               "--latency", "--timeout", "30s",
               "-s", str(HERE / "_wrk_envelopes.lua"), url, "--", str(prefix),
               str(project_id), key]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise WrkOutputError(f"wrk exited {done.returncode}: {done.stderr or done.stdout}")
    return parse_wrk(done.stdout)


def write_bodies(count: int, threads: int, directory: Path) -> Path:
    prefix = directory / "bodies"
    files = [open(f"{prefix}.{t}", "wb") for t in range(threads)]  # noqa: SIM115
    size = 0
    for index in range(count):
        event = realistic_event(index)
        size += len(json.dumps(event))
        body = envelope(event)
        files[index % threads].write(f"{len(body):010d}".encode() + body)
    for file in files:
        file.close()
    print(f"{count} events, {size / count / 1024:.1f} KB of JSON each on average "
          f"(gzip on the wire)")
    return prefix


def _wait_for_port(port: int, timeout: float = 60.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def bench_bare(prefix: Path, args: argparse.Namespace) -> WrkResult:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "_bare_app:app", "--port", str(port),
         "--log-level", "warning", "--no-access-log"], cwd=HERE)
    try:
        _wait_for_port(port)
        return run_wrk(f"http://127.0.0.1:{port}", prefix, 1, "bs_1_" + "0" * 32,
                       args.connections, args.threads, args.seconds)
    finally:
        process.terminate()
        process.wait()


def bench_bugstack(prefix: Path, args: argparse.Namespace, backend: str,
                   workdir: Path) -> tuple[WrkResult, int, int, float]:
    env: dict[str, str] = {"BUGSTACK_RATE_LIMIT": "0"}
    schema = None
    if backend == "postgres":
        import sqlalchemy as sa

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
        env["BUGSTACK_DATABASE_URL"] = f"{args.postgres_url}?options=-csearch_path%3D{schema}"
    data_dir = workdir / backend
    data_dir.mkdir()
    server = start_server_process(data_dir, extra_env=env)
    try:
        project = server.new_project("bench")
        result = run_wrk(server.url, prefix, project.id, project.api_key, args.connections,
                         args.threads, args.seconds)
        # wrk drops its connections with requests in flight; the server still stores those.
        # Counting after a clean stop (which drains the write queue) counts one settled
        # state, rather than events in one query and their issues' counts in the next.
        server.stop()
        from sqlalchemy import func, select

        from bugstack.server.storage.models import Event, Issue

        database = server.database()
        with database.session() as session:
            stored = int(session.scalar(select(func.count(Event.id))) or 0)
            grouped = int(session.scalar(select(func.sum(Issue.event_count))) or 0)
            first, last = session.execute(
                select(func.min(Event.received_at), func.max(Event.received_at))).one()
        database.dispose()
        span = (last - first).total_seconds() if stored > 1 else 0.0
        return result, stored, grouped, stored / span if span else 0.0
    finally:
        server.stop()
        if schema:
            with admin.connect() as connection:
                connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each run")
    parser.add_argument("--events", type=int, default=80_000,
                        help="unique events prepared (more than one run sends)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--backend", nargs="+", default=["sqlite", "postgres"],
                        choices=["sqlite", "postgres"])
    parser.add_argument("--postgres-url", default=os.environ.get(
        "BUGSTACK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("bench/ingest.py needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        prefix = write_bodies(args.events, args.threads, workdir)
        bare = bench_bare(prefix, args)
        print(f"\n{'target':<18}{'answered/s':>11}{'stored/s':>10}{'p50 ms':>8}{'p99 ms':>8}"
              f"{'answered':>10}{'stored':>8}{'of bare':>9}")
        print(f"{'bare FastAPI':<18}{bare.per_second:>11.0f}{'-':>10}{bare.p50_ms:>8.2f}"
              f"{bare.p99_ms:>8.2f}{bare.requests:>10}{'-':>8}{'100%':>9}")
        for backend in args.backend:
            result, stored, grouped, stored_rate = bench_bugstack(prefix, args, backend, workdir)
            answered = result.requests - result.errors
            share = result.per_second / bare.per_second
            print(f"{'bugstack ' + backend:<18}{result.per_second:>11.0f}{stored_rate:>10.0f}"
                  f"{result.p50_ms:>8.2f}{result.p99_ms:>8.2f}{answered:>10}{stored:>8}"
                  f"{share:>9.0%}")
            unique_answered = min(answered, args.events)
            if result.errors or stored < unique_answered or grouped != stored:
                print(f"  !! answered {answered}, stored {stored}, grouped {grouped}, "
                      f"non-200 answers {result.errors}")
            else:
                print(f"  every event answered 200 was stored and grouped "
                      f"({stored} stored, {grouped} counted in issues, 0 lost)")
            if answered > args.events:
                print(f"  note: {answered - args.events} answers were re-sent ids "
                      f"(deduplicated); raise --events")


if __name__ == "__main__":
    main()

"""Time to fix, in embedded mode: from the SDK's event arriving at bugstack to the fix
branch existing, over the fix-engine corpus (``bench/cases``).

One ``bugstack serve`` runs with its worker (SQLite, one job at a time, so each case is
timed alone). For each case the app is committed into a fresh git repository, made a
project (``--repo`` that repository, the case's test command), and its trigger runs
against a deployed copy under the real sentry-sdk, which sends the event over HTTP. The
clock starts when the server stores the event (``events.received_at``) and stops when the
``delivered`` stage ends, both read from bugstack's own records. Beside it: the app's own
test-suite time, measured in the same run, since a fix runs that suite at least twice
(before and after). The aim is a median under ``2 x suite + 10 s``.

    python bench/time_to_fix.py                                  # every case
    python bench/time_to_fix.py --case fastapi_optional_avatar --case library_signature_str

Results go to ``bench/results/time_to_fix-<time>.json`` and a table to standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fix_corpus import (
    RESULTS_DIR,
    Case,
    Server,
    capture_event,
    deploy,
    load_cases,
    prepare_repository,
    run_suite,
    tool_environment,
)

from bugstack.server.storage.database import Database

_DONE = ("fixed", "not_fixed", "not_reproduced", "unverified", "failed")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**tool_environment(), "BUGSTACK_PUBLIC_URL": url,
           "BUGSTACK_WORKER_CONCURRENCY": "1"}
    env.pop("BUGSTACK_DATABASE_URL", None)
    log = (data_dir / "server.log").open("ab")
    process = subprocess.Popen([sys.executable, "-m", "bugstack", "serve", "--data-dir",
                                str(data_dir), "--port", str(port), "--log-level", "warning"],
                               stdout=log, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("bugstack serve did not start; see server.log")


def _project(data_dir: Path, url: str, case: Case, repo: Path) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "bugstack", "project", "create", case.id,
                           "--repo", str(repo), "--test-command", case.test_command,
                           "--data-dir", str(data_dir), "--json"],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "BUGSTACK_PUBLIC_URL": url})
    made = json.loads(done.stdout)
    return int(made["id"]), str(made["dsn"])


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _wait(database: Database, project_id: int, timeout: float) -> dict[str, Any]:
    from sqlalchemy import select

    from bugstack.server.storage.models import Event, FixAttempt, FixStage

    deadline = time.monotonic() + timeout
    while True:
        with database.session() as session:
            attempt = session.scalar(select(FixAttempt).where(
                FixAttempt.project_id == project_id).order_by(FixAttempt.id).limit(1))
            if attempt is not None and attempt.status in _DONE:
                received = session.scalar(select(Event.received_at).where(
                    Event.project_id == project_id).order_by(Event.id).limit(1))
                delivered = session.scalar(select(FixStage.finished_at).where(
                    FixStage.fix_id == attempt.id, FixStage.name == "delivered",
                    FixStage.status == "done"))
                seconds = ((_as_utc(delivered) - _as_utc(received)).total_seconds()
                           if delivered is not None and received is not None else None)
                return {"status": attempt.status, "branch": attempt.branch,
                        "time_to_branch": seconds, "error": attempt.error}
        if time.monotonic() > deadline:
            return {"status": "timeout", "branch": None, "time_to_branch": None,
                    "error": f"no outcome within {timeout:.0f}s"}
        time.sleep(0.5)


def run(cases: Sequence[Case], timeout: float) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bugstack-ttf-") as tmp:
        root = Path(tmp)
        data_dir = root / "data"
        data_dir.mkdir()
        server, url = _start_server(data_dir)
        database = Database(f"sqlite:///{data_dir / 'bugstack.db'}")
        try:
            for case in cases:
                work = root / case.id
                repo = work / "repo"
                release = prepare_repository(case, repo)
                deployed = deploy(case, work / "deployed")
                suite = run_suite(repo, case.test_command)
                project_id, dsn = _project(data_dir, url, case, repo)
                capture = capture_event(case, deployed, release, work / "capture",
                                        Server(dsn=dsn, data_dir=data_dir))
                if capture.event is None:
                    outcome: dict[str, Any] = {"status": "no_event", "branch": None,
                                               "time_to_branch": None,
                                               "error": capture.stderr[-500:]}
                else:
                    outcome = _wait(database, project_id, timeout)
                row = {"case": case.id, "suite_seconds": round(suite.seconds, 2),
                       "budget_seconds": round(2 * suite.seconds + 10, 2), **outcome}
                results.append(row)
                took = row["time_to_branch"]
                print(f"{case.id:<40} {row['status']:<15} "
                      f"{'-' if took is None else f'{took:.1f}s':>8}  suite "
                      f"{suite.seconds:.1f}s", flush=True)
        finally:
            database.dispose()
            server.terminate()
            server.wait(30)
    return results


def summarise(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    times = [r["time_to_branch"] for r in results if r["time_to_branch"] is not None]
    budgets = [r["budget_seconds"] for r in results if r["time_to_branch"] is not None]
    within = sum(1 for r in results if r["time_to_branch"] is not None
                 and r["time_to_branch"] <= r["budget_seconds"])
    return {
        "cases": len(results), "branches": len(times),
        "median_time_to_branch": round(statistics.median(times), 2) if times else None,
        "slowest_time_to_branch": round(max(times), 2) if times else None,
        "median_budget": round(statistics.median(budgets), 2) if budgets else None,
        "within_budget": within,
        "under_two_minutes": sum(1 for t in times if t < 120),
        "load_average": os.getloadavg(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", default=[], help="Only this case.")
    parser.add_argument("--timeout", type=float, default=600.0,
                        help="Seconds to wait for each case's outcome.")
    args = parser.parse_args(argv)
    results = run(load_cases(only=args.case), args.timeout)
    summary = summarise(results)
    print(json.dumps(summary, indent=2))
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS_DIR / f"time_to_fix-{stamp}.json").write_text(
        json.dumps({"summary": summary, "results": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

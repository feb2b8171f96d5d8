"""Faults injected into a real server under load: kill -9 and a database restart.

In each, clients keep sending while the fault happens. Whatever the fault, an event
answered 200 must be in the database afterwards, every answer must be one the SDK acts on
(503 with Retry-After while storage is gone), and the server must recover by itself.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.reliability.conftest import Figures
from tests.reliability.loadgen import LoadClients, Sent
from tests.reliability.private_postgres import PrivatePostgres, postgres_binaries
from tests.reliability.stored import stored_event_ids
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ProjectInfo, RunningServer, start_server_process

pytestmark = pytest.mark.slow

_SAFE_KINDS = ["valid", "duplicate", "twin"]  # all answered 200 when nothing is wrong


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting {what}")
        time.sleep(0.05)


class _Phases:
    """Who answered what in which phase of the fault, recorded by the clients' callback."""

    def __init__(self) -> None:
        self.phase = "before"
        self.seen: list[tuple[str, Sent]] = []
        self._lock = threading.Lock()

    def __call__(self, sent: Sent) -> None:
        with self._lock:
            self.seen.append((self.phase, sent))

    def count(self, phase: str, status: int) -> int:
        with self._lock:
            return sum(1 for p, s in self.seen if p == phase and s.status == status)

    def answered(self) -> set[str]:
        with self._lock:
            return {s.event_id for _, s in self.seen if s.status == 200 and s.event_id}


@contextmanager
def _load(server: RunningServer, phases: _Phases, seconds: float = 240
          ) -> Iterator[LoadClients]:
    """Eight clients sending events until the block ends."""
    projects = [server.new_project(name) for name in ("main", "other", "limited")]
    load = LoadClients(server.url, *projects, clients=8, kinds=_SAFE_KINDS)
    stop = threading.Event()
    runner = threading.Thread(target=load.run, args=(seconds, stop, phases), daemon=True)
    runner.start()
    try:
        yield load
    finally:
        stop.set()
        runner.join(120)


def _backend(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgres"


def test_kill_9_during_load_loses_nothing_answered(database_url: str, tmp_path: Path,
                                                   figures: Figures) -> None:
    data = tmp_path / "data"
    data.mkdir()
    env = {"BUGSTACK_DATABASE_URL": database_url}
    server = start_server_process(data, extra_env=env)
    phases = _Phases()
    try:
        with _load(server, phases):
            _wait(lambda: phases.count("before", 200) >= 300, 120, "for 300 answers")
            server.kill()  # mid-load, with requests in flight
            phases.phase = "after"
    finally:
        server.stop()
    answered = phases.answered()
    lost = answered - stored_event_ids(database_url)
    integrity = "ok"
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as check:
            integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
    # The same data comes back up and takes events again.
    restarted = start_server_process(data, extra_env=env)
    try:
        project = restarted.new_project("after-restart")
        resumed = _post(restarted, project, error_event()).status_code == 200
    finally:
        restarted.stop()
    held = not lost and integrity == "ok" and resumed
    figures.measure(f"events lost to kill -9 ({_backend(database_url)})", len(lost),
                    "events lost")
    figures.attempt("fault", f"kill -9 of the server during load ({_backend(database_url)})",
                    held, f"{len(answered)} distinct events answered 200 before the kill, "
                          f"{len(lost)} lost; integrity {integrity}; restarted: {resumed}")
    assert phases.count("before", 200) >= 300
    assert not lost, f"{len(lost)} events answered 200 were lost"
    assert integrity == "ok"
    assert resumed


def _post(server: RunningServer, project: ProjectInfo, event: dict[str, object]
          ) -> httpx.Response:
    return httpx.post(f"{server.url}/api/{project.id}/envelope/",
                      content=event_envelope(event),
                      headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                      timeout=60)


@pytest.mark.skipif(postgres_binaries() is None, reason="no PostgreSQL server binaries")
def test_postgres_restarted_during_load(tmp_path: Path, figures: Figures) -> None:
    postgres = PrivatePostgres()
    try:
        postgres.start()
        data = tmp_path / "data"
        data.mkdir()
        server = start_server_process(data, extra_env={"BUGSTACK_DATABASE_URL": postgres.url})
        phases = _Phases()
        try:
            with _load(server, phases):
                _wait(lambda: phases.count("before", 200) >= 100, 120, "for 100 answers")
                phases.phase = "down"
                postgres.stop("fast")  # every session ended, as a restart does
                _wait(lambda: phases.count("down", 503) >= 5, 60, "for 503s while down")
                phases.phase = "after"
                postgres.start()
                _wait(lambda: phases.count("after", 200) >= 50, 120,
                      "for ingest to recover by itself")
            alive = server.process.poll() is None
        finally:
            server.stop()
        log = server.log.read_text()
        answered = phases.answered()
        lost = answered - stored_event_ids(postgres.url)
    finally:
        postgres.destroy()
    sent = [s for _, s in phases.seen]
    wrong = [s.status for s in sent if s.status not in (200, 503)]
    no_retry_after = [s for s in sent if s.status == 503 and not s.retry_after]
    held = not (lost or wrong or no_retry_after) and alive
    figures.measure("events lost to a PostgreSQL restart", len(lost), "events lost")
    figures.attempt("fault", "PostgreSQL restarted during load", held,
                    f"{phases.count('down', 503)} answered 503 while down, "
                    f"{phases.count('after', 200)} answered 200 after; {len(answered)} "
                    f"answered 200 in all, {len(lost)} lost; other answers {wrong[:5]}")
    assert not lost, f"{len(lost)} events answered 200 were lost"
    assert not wrong, f"answers other than 200 and 503: {sorted(set(wrong))}"
    assert not no_retry_after, "503 without Retry-After"
    assert alive
    assert "storage unavailable" in log

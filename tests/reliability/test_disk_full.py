"""Disk full under the database, on SQLite and PostgreSQL, with a real server process.

The database's directory is a size-limited tmpfs (the tests run as root; without mount
they skip and say why), filled to the last byte while the server runs. Ingest must then
answer 503 with Retry-After, saying the storage is full, and log it; the database must stay
sound; and ingest must take events again by itself once space returns. Nothing answered
200 may be lost.
"""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.reliability.conftest import Figures
from tests.reliability.private_postgres import PrivatePostgres, postgres_binaries
from tests.reliability.stored import stored_event_ids
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import start_server_process

pytestmark = pytest.mark.slow


@contextmanager
def _small_filesystem(size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` in a directory of its own that the postgres user can reach."""
    parent = Path(tempfile.mkdtemp(prefix="bugstack-full-"))
    os.chmod(parent, 0o755)
    mountpoint = parent / "disk"
    mountpoint.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                               str(mountpoint)], capture_output=True, text=True, timeout=30,
                              check=False)
    except OSError as exc:
        shutil.rmtree(parent)
        pytest.skip(f"cannot mount a size-limited filesystem here: {exc}")
    if done.returncode != 0:
        shutil.rmtree(parent)
        pytest.skip(f"cannot mount a size-limited filesystem here: {done.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False, capture_output=True,
                       timeout=30)
        shutil.rmtree(parent, ignore_errors=True)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    chunk = b"\0" * (256 * 1024)
    with filler.open("wb") as out:
        try:
            while True:
                out.write(chunk)
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    return filler


@dataclass
class _Outcome:
    answered: set[str] = field(default_factory=set)
    statuses: list[tuple[int, str | None]] = field(default_factory=list)
    full_after: int = 0  # requests until the first 503
    alive: bool = False
    log: str = ""

    def problems(self, stored: set[str]) -> list[str]:
        found = []
        if lost := self.answered - stored:
            found.append(f"{len(lost)} events answered 200 are not stored")
        if wrong := sorted({s for s, _ in self.statuses} - {200, 503}):
            found.append(f"answered {wrong}")
        if any(s == 503 and not retry for s, retry in self.statuses):
            found.append("503 without Retry-After")
        if "storage full" not in self.log:
            found.append("no 'storage full' in the server's log")
        if not self.alive:
            found.append("the server died")
        return found


def _fill_then_free(data: Path, database_url: str, full_disk: Path) -> _Outcome:
    outcome = _Outcome()
    server = start_server_process(data, extra_env={"BUGSTACK_DATABASE_URL": database_url})
    try:
        project = server.new_project("shop")

        def send() -> int:
            event = error_event(padding=20_000)
            response = httpx.post(
                f"{server.url}/api/{project.id}/envelope/", content=event_envelope(event),
                headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}, timeout=60)
            outcome.statuses.append((response.status_code, response.headers.get("retry-after")))
            if response.status_code == 200:
                outcome.answered.add(event["event_id"])
            return response.status_code

        assert send() == 200
        filler = _fill(full_disk)
        _until(lambda: send() == 503, 120, "for the full disk to show")
        outcome.full_after = len(outcome.statuses) - 1
        filler.unlink()  # space returns
        _until(lambda: send() == 200, 120, "for ingest to recover by itself")
        assert send() == 200
        outcome.alive = server.process.poll() is None
    finally:
        server.stop()
        outcome.log = server.log.read_text()
    return outcome


def _until(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting {what}")
        time.sleep(0.2)


def test_disk_full_under_sqlite(tmp_path: Path, figures: Figures) -> None:
    with _small_filesystem("24m") as disk:
        database_path = disk / "bugstack.db"
        database_url = f"sqlite:///{database_path}"
        (tmp_path / "data").mkdir()
        outcome = _fill_then_free(tmp_path / "data", database_url, disk)
        with sqlite3.connect(database_path) as check:
            integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
        problems = outcome.problems(stored_event_ids(database_url))
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    figures.attempt("fault", "disk full under the SQLite database", not problems,
                    f"503 after {outcome.full_after} more requests; integrity {integrity}; "
                    f"{len(outcome.answered)} answered 200; {problems or 'recovered'}")
    assert not problems, (problems, outcome.log[-2000:])


@pytest.mark.skipif(postgres_binaries() is None, reason="no PostgreSQL server binaries")
def test_disk_full_under_postgresql(tmp_path: Path, figures: Figures) -> None:
    """The cluster's data files fill up (its write-ahead log is elsewhere, as on servers
    that give pg_wal a volume of its own): PostgreSQL refuses to extend a table."""
    with _small_filesystem("96m") as disk:
        entry = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        if entry is not None:
            os.chown(disk, entry.pw_uid, entry.pw_gid)
        postgres = PrivatePostgres(data=disk / "cluster")
        try:
            postgres.start()
            (tmp_path / "data").mkdir()
            outcome = _fill_then_free(tmp_path / "data", postgres.url, disk)
            problems = outcome.problems(stored_event_ids(postgres.url))
        finally:
            postgres.destroy()
    figures.attempt("fault", "disk full under the PostgreSQL data directory", not problems,
                    f"503 after {outcome.full_after} more requests; "
                    f"{len(outcome.answered)} answered 200; {problems or 'recovered'}")
    assert not problems, (problems, outcome.log[-2000:])

"""A worker process: Huey's consumer running fix jobs, plus the periodic sweep.

``bugstack worker`` runs this in the foreground. ``bugstack serve`` (embedded mode) starts
it as a child process, so the fix jobs' CPU-heavy work and child processes stay out of
the process answering HTTP, and dies with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import select

from bugstack.pipeline.config import PipelineSettings
from bugstack.pipeline.engine import clean_sandbox
from bugstack.pipeline.job import FixJob
from bugstack.pipeline.queue import FixQueue
from bugstack.pipeline.reaper import sweep
from bugstack.pipeline.records import now
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt

__all__ = ["clean_orphan_sandboxes", "run_worker", "start_worker_process"]

log = logging.getLogger("bugstack.pipeline")


def clean_orphan_sandboxes(database: Database, settings: PipelineSettings) -> list[int]:
    """Remove this host's sandboxes whose job no live worker holds (its worker died): the
    job itself is picked up again by the sweep, anywhere."""
    root = settings.sandbox_root
    found = {int(p.name.removeprefix("fix-")): p for p in root.glob("fix-*")
             if p.name.removeprefix("fix-").isdigit()} if root.is_dir() else {}
    if not found:
        return []
    with database.session() as session:
        live = set(session.scalars(select(FixAttempt.id).where(
            FixAttempt.id.in_(found), FixAttempt.status == "running",
            FixAttempt.lease_until >= now())))
    cleaned = sorted(set(found) - live)
    for attempt_id in cleaned:
        log.info("removing the sandbox fix %d left behind", attempt_id)
        clean_sandbox(found[attempt_id])
    return cleaned


def _sweep_forever(database: Database, queue: FixQueue, settings: PipelineSettings,
                   stop: threading.Event) -> None:
    while not stop.wait(settings.reap_every):
        try:
            sweep(database, queue.enqueue, settings.lease)
            clean_orphan_sandboxes(database, settings)
        except Exception:  # the database may be down for a while; try again next round
            log.warning("sweep failed; trying again in %ss", settings.reap_every,
                        exc_info=True)


def run_worker(settings: PipelineSettings) -> None:
    """Run fix jobs until SIGINT (finish running jobs) or SIGTERM (stop now)."""
    database = Database(settings.server.resolved_database_url)
    database.migrate()
    settings.sandbox_root.mkdir(parents=True, exist_ok=True)
    job = FixJob(database, settings)
    queue = FixQueue(settings, handler=job.run)
    stop = threading.Event()
    sweeper = threading.Thread(target=_sweep_forever, args=(database, queue, settings, stop),
                               name="bugstack-sweep", daemon=True)
    log.info("bugstack worker: %d job(s) at once, %ds per job, queue at %s",
             settings.concurrency, settings.time_limit,
             "SQLite" if settings.server.is_sqlite else "PostgreSQL")
    # A first sweep straight away: jobs owed since before this worker started.
    with contextlib.suppress(Exception):
        sweep(database, queue.enqueue, 0)
    sweeper.start()
    try:
        queue.consumer(settings.concurrency).run()
    finally:
        stop.set()
        queue.close()
        database.dispose()


def _die_with_parent() -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def start_worker_process(data_dir: Path, log_file: Path | None = None
                         ) -> subprocess.Popen[bytes]:
    """The embedded worker: a child ``bugstack worker`` that ends when its parent does."""
    argv = [sys.executable, "-m", "bugstack", "worker", "--data-dir", str(data_dir)]
    out = log_file.open("ab") if log_file is not None else None
    try:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT if out else None,
                                stdin=subprocess.DEVNULL, env=dict(os.environ),
                                preexec_fn=_die_with_parent)
    finally:
        if out is not None:
            out.close()

"""How the fix pipeline runs: how many jobs at once, for how long, and where its queue is."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from bugstack.server.config import Settings

__all__ = ["PipelineSettings"]


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number, not {raw!r}") from exc
    if value <= 0:
        raise ValueError(f"{name} must be positive, not {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    server: Settings
    #: Jobs one worker runs at once. Each job runs the app's test suite several times, so
    #: the default keeps to the cores a small machine has.
    concurrency: int = 2
    #: Seconds one job may take, engine and delivery together; the engine is killed then.
    time_limit: float = 1800.0
    #: Seconds a worker's claim on a job lasts without renewal. A worker renews it every
    #: third of that; a worker killed mid-job loses the job this long after its death.
    lease: float = 60.0
    #: How often each worker looks for expired leases and unclaimed jobs.
    reap_every: float = 10.0
    #: How long a CI follow-up polls the forge before leaving the rest to webhooks.
    ci_wait: float = 900.0
    #: Backoff before an automatic retry of a failed attempt (doubles per failure).
    retry_backoff: float = 300.0

    @classmethod
    def from_env(cls, server: Settings) -> PipelineSettings:
        return cls(
            server=server,
            concurrency=int(_number("BUGSTACK_WORKER_CONCURRENCY", 2)),
            time_limit=_number("BUGSTACK_FIX_TIME_LIMIT", 1800.0),
            lease=_number("BUGSTACK_FIX_LEASE", 60.0),
            reap_every=_number("BUGSTACK_REAP_EVERY", 10.0),
            ci_wait=_number("BUGSTACK_CI_WAIT", 900.0),
            retry_backoff=_number("BUGSTACK_RETRY_BACKOFF", 300.0),
        )

    @property
    def data_dir(self) -> Path:
        return self.server.data_dir.resolve()

    @property
    def sandbox_root(self) -> Path:
        """Each job's scratch space is a directory here, named after its attempt."""
        return self.data_dir / "sandboxes"

    @property
    def queue_location(self) -> str:
        """The task queue's storage: the SQLite file beside the embedded database, or the
        PostgreSQL database itself (libpq form) in a distributed deployment."""
        if self.server.is_sqlite:
            return str(self.data_dir / "queue.db")
        url = make_url(self.server.resolved_database_url).set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

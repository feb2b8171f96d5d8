"""Server settings, read from the environment and the command line.

Every limit that protects the server from its clients is here, with the reason for its
default, so that an operator can see at a glance what a client may send.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

__all__ = ["IngestLimits", "Settings"]

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestLimits:
    #: Bytes on the wire. Sentry's own SDKs stay under this for everything but attachments.
    max_body: int = 20 * MIB
    #: Bytes once decompressed; this is what stops a compression bomb.
    max_decompressed: int = 50 * MIB
    #: One event item; larger events are refused rather than half stored.
    max_event: int = 1 * MIB
    #: Events per minute per project when a project sets no limit of its own.
    default_rate_per_minute: int = 60_000
    #: Requests waiting for a write batch before new ones are answered 503.
    max_pending: int = 10_000


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(".bugstack"))
    database_url: str | None = None
    public_url: str = "http://127.0.0.1:8000"
    limits: IngestLimits = field(default_factory=IngestLimits)
    #: How long a dashboard sign-in lasts (``BUGSTACK_SESSION_HOURS``); then log in again.
    session_lifetime: timedelta = timedelta(days=14)

    @classmethod
    def from_env(cls, data_dir: Path | None = None) -> Settings:
        env = os.environ
        limits = IngestLimits()
        if rate := env.get("BUGSTACK_RATE_LIMIT"):
            limits = replace(limits, default_rate_per_minute=int(rate))
        return cls(
            data_dir=data_dir or Path(env.get("BUGSTACK_DATA_DIR", ".bugstack")),
            database_url=env.get("BUGSTACK_DATABASE_URL") or None,
            public_url=env.get("BUGSTACK_PUBLIC_URL", "http://127.0.0.1:8000"),
            limits=limits,
            session_lifetime=timedelta(hours=float(env.get("BUGSTACK_SESSION_HOURS") or 336)),
        )

    @property
    def resolved_database_url(self) -> str:
        """The configured URL, or SQLite inside the data directory (the embedded default)."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'bugstack.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

"""A PostgreSQL cluster of a test's own, so the test may stop and restart it.

The shared server on 5432 is used by everyone else's tests and must never be touched;
this one is made with ``initdb`` in a temporary directory and listens on a free port.
``initdb`` refuses to run as root, so when the tests run as root the cluster belongs to
the ``postgres`` system user and its commands run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from tests.support.server import free_port

__all__ = ["PrivatePostgres", "postgres_binaries"]


def postgres_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PrivatePostgres:
    def __init__(self, data: Path | None = None) -> None:
        """``data``: where the cluster's files go (an empty directory, a small filesystem in
        the disk-full test); its write-ahead log stays in a temporary directory."""
        binaries = postgres_binaries()
        if binaries is None:
            raise RuntimeError("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin)")
        self.bin = binaries
        self.port = free_port()
        # Not under pytest's tmp_path: the postgres user must be able to reach it.
        self.root = Path(tempfile.mkdtemp(prefix="bugstack-pg-"))
        self.data = data or self.root / "data"
        self.log = self.root / "postgres.log"
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self._user = "postgres" if os.geteuid() == 0 else None
        if self._user:
            entry = pwd.getpwnam(self._user)
            for directory in (self.root, self.data):
                directory.mkdir(exist_ok=True)
                os.chmod(directory, 0o700 if directory == self.data else 0o755)
                os.chown(directory, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "--waldir", str(self.root / "wal"),
                  "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self._user:
            command = ["runuser", "-u", self._user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                        "-c fsync=on", "start")
        self._wait_ready()

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends every session as a restart does; ``immediate`` is a crash."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def _wait_ready(self, timeout: float = 60.0) -> None:
        engine = sa.create_engine(self.url)
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    with engine.connect() as connection:
                        connection.execute(sa.text("SELECT 1"))
                    return
                except sa.exc.OperationalError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        finally:
            engine.dispose()

    def destroy(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

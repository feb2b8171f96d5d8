"""Distributed mode's processes for tests: a PostgreSQL schema of their own, `bugstack
serve --no-workers` and `bugstack worker` subprocesses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from tests.support.server import RunningServer, _wait_until_up, free_port

__all__ = ["POSTGRES_URL", "Worker", "api_server", "fresh_schema"]

POSTGRES_URL = os.environ.get("BUGSTACK_TEST_POSTGRES_URL")


@contextmanager
def fresh_schema() -> Iterator[str]:
    assert POSTGRES_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def api_server(data_dir: Path, env: dict[str, str]) -> RunningServer:
    """`bugstack serve --no-workers` on the given environment's database."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, **env, "BUGSTACK_PUBLIC_URL": url}
    log = data_dir / "server.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bugstack", "serve", "--no-workers", "--data-dir",
             str(data_dir), "--port", str(port), "--log-level", "info"],
            stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_until_up(url, timeout=60, process=process)
    except RuntimeError as exc:
        process.kill()
        raise RuntimeError(f"{exc}\n{log.read_text()}") from exc
    return RunningServer(process, url, data_dir, env, log)


class Worker:
    def __init__(self, data_dir: Path, env: dict[str, str], name: str) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / f"{name}.log"
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bugstack", "worker", "--data-dir", str(data_dir),
                 "--concurrency", "1"],
                stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env})

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

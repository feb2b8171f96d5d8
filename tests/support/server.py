"""Running bugstack servers for tests: in a thread (fast) or as a real process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from bugstack.server.app import create_app
from bugstack.server.config import IngestLimits, Settings
from bugstack.server.projects import create_project, create_token
from bugstack.server.storage.database import Database

__all__ = ["ProjectInfo", "RunningServer", "ThreadServer", "free_port", "start_server_process"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(url: str, timeout: float = 30.0, process: Any = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"server at {url} did not come up")


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    name: str
    api_key: str
    dsn: str


class _ProjectsMixin:
    url: str
    data_dir: Path
    env: dict[str, str]
    _token: str | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bugstack", *args, "--data-dir", str(self.data_dir)],
            capture_output=True, text=True, check=check, env=self.env, timeout=60,
        )

    def database(self) -> Database:
        return Database(Settings(data_dir=self.data_dir,
                                 database_url=self.env.get("BUGSTACK_DATABASE_URL"))
                        .resolved_database_url)

    def new_project(self, name: str, **options: Any) -> ProjectInfo:
        """Make a project the way `bugstack project create` does, without a subprocess."""
        database = self.database()
        try:
            with database.session() as session:
                made = create_project(session, name, **options)
                session.commit()
        finally:
            database.dispose()
        return ProjectInfo(id=made.project.id, name=name, api_key=str(made.key),
                           dsn=made.key.dsn(self.url))

    @property
    def token(self) -> str:
        if self._token is None:
            database = self.database()
            with database.session() as session:
                self._token = create_token(session, "tests")
                session.commit()
            database.dispose()
        return self._token

    def api(self, path: str, **params: Any) -> Any:
        response = httpx.get(f"{self.url}/api/v1{path}", params=params,
                             headers={"Authorization": f"Bearer {self.token}"}, timeout=10)
        response.raise_for_status()
        return response.json()

    def issues(self, project_id: int) -> list[dict[str, Any]]:
        return list(self.api(f"/projects/{project_id}/issues", limit=500))

    def wait_for_events(
        self, project_id: int, count: int, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """The stored events of a project, whole, once at least ``count`` are stored."""
        deadline = time.monotonic() + timeout
        while True:
            events: list[dict[str, Any]] = []
            for issue in self.issues(project_id):
                events.extend(e["event"] for e in
                              self.api(f"/issues/{issue['id']}/events", limit=500))
            if len(events) >= count or time.monotonic() > deadline:
                return events
            time.sleep(0.05)


class RunningServer(_ProjectsMixin):
    """A ``bugstack serve`` subprocess."""

    def __init__(self, process: subprocess.Popen[bytes], url: str, data_dir: Path,
                 env: dict[str, str], log: Path) -> None:
        self.process = process
        self.url = url
        self.port = int(url.rsplit(":", 1)[1])
        self.data_dir = data_dir
        self.env = env
        self.log = log

    def kill(self) -> None:
        """kill -9: no chance to flush or shut down cleanly."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server_process(data_dir: Path, port: int | None = None,
                         extra_env: dict[str, str] | None = None) -> RunningServer:
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "BUGSTACK_PUBLIC_URL": url, **(extra_env or {})}
    if "BUGSTACK_DATABASE_URL" not in (extra_env or {}):
        env.pop("BUGSTACK_DATABASE_URL", None)
    log = data_dir / "server.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bugstack", "serve", "--data-dir", str(data_dir),
             "--port", str(port), "--log-level", "warning"],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    try:
        # Generous: on a loaded 2-core machine a cold start (imports, migrations) has taken
        # over 30 s.
        _wait_until_up(url, timeout=120, process=process)
    except RuntimeError as exc:
        process.kill()
        process.wait(10)
        raise RuntimeError(f"{exc}\n{log.read_text()}") from exc
    return RunningServer(process, url, data_dir, env, log)


class ThreadServer(_ProjectsMixin):
    """The server app under uvicorn in a thread of the test process: real HTTP, fast start."""

    def __init__(self, data_dir: Path, database_url: str | None = None,
                 limits: IngestLimits | None = None, **settings: Any) -> None:
        self.data_dir = data_dir
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        # ``settings``: any other field of Settings, e.g. a short session_lifetime.
        self.settings = Settings(data_dir=data_dir, database_url=database_url,
                                 public_url=self.url, limits=limits or IngestLimits(),
                                 **settings)
        self.env = {**os.environ, "BUGSTACK_PUBLIC_URL": self.url}
        if database_url:
            self.env["BUGSTACK_DATABASE_URL"] = database_url
        else:
            self.env.pop("BUGSTACK_DATABASE_URL", None)
        self.app = create_app(self.settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="warning",
                                lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> ThreadServer:
        self._thread.start()
        _wait_until_up(self.url)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(15)

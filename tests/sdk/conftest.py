"""Fixtures for the SDK tests.

``capture_server`` is a small envelope endpoint on loopback (real HTTP, gzip, the Sentry
auth header checked) whose answers a test can script: 429 with rate-limit headers, 503,
a slow answer. It keeps the raw request bytes so the privacy test can search everything
that left the process. The integration tests send to the real ``bugstack_server``.
"""

from __future__ import annotations

import gzip
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import bugstack
from bugstack.domain.keys import ApiKey
from bugstack.sdk.client import Client

_PATH = re.compile(r"^/api/(\d+)/envelope/$")


@dataclass
class Project:
    id: int
    api_key: str
    dsn: str


@dataclass
class Received:
    project_id: int
    headers: dict[str, str]
    raw: bytes  # the decompressed envelope
    envelope_header: dict[str, Any]
    item_header: dict[str, Any]
    event: dict[str, Any]


@dataclass
class Script:
    """Answers to give, in order; after they run out every request gets 200."""

    answers: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    delay: float = 0.0


class CaptureServer:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.rejected: list[tuple[int, str]] = []
        self.script = Script()
        self.keys: dict[int, str] = {}
        self._condition = threading.Condition()
        self._next_project = 1
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                status, headers, payload = server.handle(self.path, dict(self.headers), body)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def new_project(self, name: str = "app") -> Project:
        with self._condition:
            project_id = self._next_project
            self._next_project += 1
        key = str(ApiKey.generate(project_id))
        self.keys[project_id] = key
        return Project(project_id, key, ApiKey.parse(key).dsn(self.url))

    def handle(self, path: str, headers: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], bytes]:
        match = _PATH.match(path)
        if match is None:
            return 404, {}, b"{}"
        project_id = int(match.group(1))
        auth = headers.get("X-Sentry-Auth", "")
        key = re.search(r"sentry_key=([^,\s]+)", auth)
        if key is None or self.keys.get(project_id) != key.group(1):
            return 401, {}, b'{"detail":"bad key"}'
        if self.script.delay:
            time.sleep(self.script.delay)
        with self._condition:
            answer = self.script.answers.pop(0) if self.script.answers else None
        if answer is not None and answer[0] != 200:
            self.rejected.append((answer[0], path))
            return answer[0], answer[1], b"{}"
        if headers.get("Content-Encoding") != "gzip":
            return 400, {}, b'{"detail":"expected gzip"}'
        raw = gzip.decompress(body)
        header_line, item_line, payload = raw.split(b"\n", 2)
        item_header = json.loads(item_line)
        event_bytes = payload[: item_header["length"]]
        received = Received(project_id, headers, raw, json.loads(header_line), item_header,
                            json.loads(event_bytes))
        with self._condition:
            self.received.append(received)
            self._condition.notify_all()
        return 200, {}, json.dumps({"id": received.event["event_id"]}).encode()

    def wait_for_events(self, project_id: int, count: int,
                        timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        with self._condition:
            while True:
                events = [r.event for r in self.received if r.project_id == project_id]
                remaining = deadline - time.monotonic()
                if len(events) >= count or remaining <= 0:
                    return events
                self._condition.wait(remaining)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def capture_server() -> Iterator[CaptureServer]:
    server = CaptureServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def sdk(capture_server: CaptureServer) -> Iterator[tuple[Client, CaptureServer, Project]]:
    """An initialised SDK reporting to ``capture_server``."""
    project = capture_server.new_project()
    client = bugstack.init(api_key=project.api_key, url=capture_server.url,
                           release="test-release", environment="test")
    assert client is not None
    try:
        yield client, capture_server, project
    finally:
        bugstack.close(timeout=5)


def random_key(project_id: int = 1) -> str:
    return f"bs_{project_id}_{secrets.token_hex(16)}"


@dataclass
class Reporting:
    """An SDK initialised against the real ``bugstack serve`` of the session."""

    server: Any
    project: Any
    client: Client

    def events(self, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        assert bugstack.flush(10)
        events = self.server.wait_for_events(self.project.id, count, timeout=timeout)
        assert len(events) >= count, f"expected {count} events, the server has {len(events)}"
        return events

    def event(self) -> dict[str, Any]:
        (event,) = self.events(1)
        return event


@pytest.fixture
def reporting(bugstack_server: Any) -> Iterator[Reporting]:
    project = bugstack_server.new_project(f"sdk-{secrets.token_hex(4)}")
    client = bugstack.init(api_key=project.api_key, url=bugstack_server.url,
                           release="1.0.0", environment="test")
    assert client is not None
    try:
        yield Reporting(bugstack_server, project, client)
    finally:
        bugstack.close(timeout=5)


def replay_of(event: dict[str, Any]) -> dict[str, Any]:
    """The replay snapshot of an event, checked against the documented layout."""
    from bugstack.domain.replay import CONTEXT_KEY

    replay = event["contexts"][CONTEXT_KEY]
    assert replay["type"] == CONTEXT_KEY and replay["version"] == 1
    assert {"phase", "request", "task", "frames"} <= replay.keys()
    for frame in replay["frames"]:
        assert {"module", "function", "filename", "lineno", "arguments", "locals"} <= frame.keys()
    return replay


def frame_named(replay: dict[str, Any], function: str) -> dict[str, Any]:
    matches = [f for f in replay["frames"] if f["function"] == function]
    assert matches, f"no replay frame for {function}: {[f['function'] for f in replay['frames']]}"
    return matches[-1]

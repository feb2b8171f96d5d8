"""A small routing HTTP server on 127.0.0.1 that the forge fakes are built on.

Each fake registers its endpoints as ``(method, path regex)`` and keeps its state in plain
Python objects, so a test can both drive it through the real client library and look at
what it received. ``fail_next`` injects a forge's error response (rate limiting, an
outage) into the next matching requests.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        if not self.body:
            return {}
        if self.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return {k: v[-1] for k, v in parse_qs(self.body.decode()).items()}
        return json.loads(self.body)


@dataclass
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # sent as is (text/plain), instead of JSON
    #: Seconds to wait before answering: a forge that hangs past the client's timeout.
    stall: float = 0.0


@dataclass
class FakePull:
    number: int
    head: str
    base: str
    title: str
    body: str
    draft: bool
    state: str = "open"
    merged: bool = False
    merge_commit_sha: str | None = None
    labels: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


Handler = Callable[[Request], Response]


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.failures: list[tuple[re.Pattern[str], Response]] = []
        #: Set when the server stops, so a stalled answer does not hold up the shutdown.
        self.released = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self.routes.append((method, re.compile(f"^{pattern}$"), handler))

    def fail_next(self, path_pattern: str, response: Response, times: int = 1) -> None:
        for _ in range(times):
            self.failures.append((re.compile(path_pattern), response))

    def authorise(self, request: Request) -> Response | None:
        """Return an error response to refuse the request; ``None`` lets it through."""
        return None

    def not_found(self) -> Response:
        return Response(404, {"message": "Not Found"})

    def dispatch(self, request: Request) -> Response:
        with self.lock:
            self.requests.append(request)
            for i, (pattern, failure) in enumerate(self.failures):
                if pattern.search(request.path):
                    del self.failures[i]
                    return failure
            refused = self.authorise(request)
            if refused is not None:
                return refused
            for method, pattern, handler in self.routes:
                match = pattern.match(request.path)
                if match and method == request.method:
                    request.params = match.groupdict()
                    try:
                        return handler(request)
                    except Exception as exc:  # a fake's bug shows as a 500, not a hang
                        return Response(500, {"message": f"fake error: {exc!r}"})
            return self.not_found()

    def start(self) -> FakeServer:
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join()


class _RequestHandler(BaseHTTPRequestHandler):
    server: FakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(
            method=self.command,
            path=parts.path,
            query={k: v[-1] for k, v in parse_qs(parts.query).items()},
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        response = self.server.dispatch(request)
        if response.stall:
            self.server.released.wait(response.stall)
        if response.raw is not None:
            payload, ctype = response.raw, "text/plain; charset=utf-8"
        elif response.body is None:
            payload, ctype = b"", "application/json"
        else:
            payload, ctype = json.dumps(response.body).encode(), "application/json; charset=utf-8"
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up waiting (a stalled answer)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


def squash_merge(bare_repo: str, base: str, head_sha: str, message: str) -> str | None:
    """Merge ``head_sha`` into ``base`` of a real bare repository the way a forge's squash
    merge does, or return ``None`` when that would need conflict resolution."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=bare_repo, check=True, capture_output=True,
                              text=True).stdout.strip()

    base_tip = git("rev-parse", f"refs/heads/{base}")
    if git("merge-base", base_tip, head_sha) != base_tip:
        return None  # the fake only does the fast-forwardable case
    env_ident = ["-c", "user.name=Forge", "-c", "user.email=forge@example.com"]
    commit = subprocess.run(
        ["git", *env_ident, "commit-tree", f"{head_sha}^{{tree}}", "-p", base_tip, "-m", message],
        cwd=bare_repo, check=True, capture_output=True, text=True,
    ).stdout.strip()
    git("update-ref", f"refs/heads/{base}", commit, base_tip)
    return commit


def branch_sha(bare_repo: str, branch: str) -> str | None:
    import subprocess

    out = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"],
                         cwd=bare_repo, capture_output=True, text=True, check=False)
    return out.stdout.strip() or None

"""A loopback "server" that misbehaves on demand, for the SDK's hostile-host tests.

It speaks just enough HTTP/1.1 to read an SDK's request, then answers the way its current
``behaviour`` says: well (200), slowly, with 429 and ``Retry-After``, with 500, with bytes
that are not HTTP, by hanging up half-way through an answer, by trickling one byte at a
time, or with a body that never ends. The behaviour can change while the SDK is running,
so a test can make the server "come back" on the same port. Raw sockets, not
``http.server``, because the interesting answers are the ones ``http.server`` cannot give.

It is used by ``tests/reliability/test_sdk_hostile_host.py`` and ``bench/sdk_overhead.py
--hostile``.
"""

from __future__ import annotations

import json
import os
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BEHAVIOURS", "HostRun", "HostileServer", "closed_port", "run_host"]

_ROOT = Path(__file__).resolve().parents[2]

#: What the server can do with a request, besides being absent (see ``closed_port``).
BEHAVIOURS = (
    "healthy",  # 200 with a small JSON body, connection kept alive
    "slow",  # reads the request, answers 200 only after ``slow_seconds``
    "rate_limited",  # 429 with Retry-After: ``retry_after``
    "error_500",  # 500 Internal Server Error
    "garbage",  # bytes that are not an HTTP response, then a close
    "cut",  # a 200 head promising 1000 bytes, 10 of them, then a close
    "trickle",  # a status line sent one byte every ``trickle_interval`` seconds, forever
    "endless",  # a 200 whose chunked body never ends (megabytes per second)
)

_MAX_HEAD = 64 * 1024


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class HostileServer:
    def __init__(self, behaviour: str = "healthy", port: int = 0, *, slow_seconds: float = 30.0,
                 retry_after: float = 2.0, trickle_interval: float = 0.5) -> None:
        self.behaviour = behaviour
        self.slow_seconds = slow_seconds
        self.retry_after = retry_after
        self.trickle_interval = trickle_interval
        #: Requests read, by the behaviour that answered them.
        self.requests: Counter[str] = Counter()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                owner._serve_connection(self.request)

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client hanging up on a hostile answer is the point

        self._server = Server(("127.0.0.1", port), Handler)
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def behaviour(self) -> str:
        return self._behaviour

    @behaviour.setter
    def behaviour(self, value: str) -> None:
        if value not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {value!r}; one of {BEHAVIOURS}")
        self._behaviour = value

    def count(self, behaviour: str) -> int:
        with self._lock:
            return self.requests[behaviour]

    def close(self) -> None:
        self._stopping.set()  # frees handlers sleeping in "slow" or "trickle"
        self._server.shutdown()
        self._server.server_close()

    # -- one connection ---------------------------------------------------------------

    def _serve_connection(self, sock: socket.socket) -> None:
        sock.settimeout(60)
        buffered = b""
        while not self._stopping.is_set():
            request, buffered = _read_request(sock, buffered)
            if request is None:
                return
            behaviour = self.behaviour
            with self._lock:
                self.requests[behaviour] += 1
            if not getattr(self, f"_answer_{behaviour}")(sock):
                return

    def _simple(self, sock: socket.socket, status: str, headers: dict[str, str],
                body: bytes) -> bool:
        head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}",
                "Content-Type: application/json"]
        head += [f"{name}: {value}" for name, value in headers.items()]
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        return True  # keep the connection open for the next request

    def _answer_healthy(self, sock: socket.socket) -> bool:
        return self._simple(sock, "200 OK", {}, b'{"id":"0"}')

    def _answer_slow(self, sock: socket.socket) -> bool:
        if self._stopping.wait(self.slow_seconds):
            return False
        return self._answer_healthy(sock)

    def _answer_rate_limited(self, sock: socket.socket) -> bool:
        return self._simple(sock, "429 Too Many Requests",
                            {"Retry-After": f"{self.retry_after:g}"}, b'{"detail":"slow down"}')

    def _answer_error_500(self, sock: socket.socket) -> bool:
        return self._simple(sock, "500 Internal Server Error", {}, b'{"detail":"oops"}')

    def _answer_garbage(self, sock: socket.socket) -> bool:
        sock.sendall(b"\x00\xffSSH-2.0-OpenSSH_9.6\r\n\x16\x03\x01 not http at all\r\n\r\n")
        return False

    def _answer_cut(self, sock: socket.socket) -> bool:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n"
                     b"Content-Type: application/json\r\n\r\n{\"id\":\"0\"")
        return False

    def _answer_trickle(self, sock: socket.socket) -> bool:
        for byte in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 1_000_000:
            if self._stopping.wait(self.trickle_interval):
                return False
            sock.sendall(bytes([byte]))
        return False

    def _answer_endless(self, sock: socket.socket) -> bool:
        sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                     b"Content-Type: application/json\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        while not self._stopping.is_set():
            sock.sendall(chunk)
        return False


def _read_request(sock: socket.socket, buffered: bytes) -> tuple[bytes | None, bytes]:
    """One request (head and Content-Length body); None when the client hung up."""
    data = buffered
    try:
        while b"\r\n\r\n" not in data:
            if len(data) > _MAX_HEAD:
                return None, b""
            chunk = sock.recv(65536)
            if not chunk:
                return None, b""
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
    except OSError:
        return None, b""
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


# -- the host process ------------------------------------------------------------------

@dataclass
class HostRun:
    """What one ``tests.sdk.apps.hostile_host`` process reported, by phase."""

    phases: dict[str, dict[str, Any]]
    #: Seconds from telling the process to finish to its exit (the SDK's exit handler).
    exit_seconds: float
    returncode: int
    stderr: str


def run_host(config: dict[str, Any], *, recover: Callable[[], None] | None = None,
             timeout: float = 300.0) -> HostRun:
    """Run the host app in a fresh interpreter with ``config``.

    With ``recover``, it is called between the flood and the recovery phase (to make the
    server healthy again) and the process is told to go on.
    """
    config = {**config, "recover": recover is not None}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(_ROOT / "src"), str(_ROOT), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryFile("w+") as stderr, subprocess.Popen(
        [sys.executable, "-m", "tests.sdk.apps.hostile_host", json.dumps(config)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=_ROOT,
        env=env,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        phases: dict[str, dict[str, Any]] = {}
        timer = threading.Timer(timeout, process.kill)  # a stuck host fails, never hangs
        timer.start()
        try:
            expected = 3 if recover is not None else 2
            while len(phases) < expected:
                line = process.stdout.readline()
                if not line:
                    break
                record = json.loads(line)
                phases[record["phase"]] = record
                if record["phase"] == "flood" and recover is not None:
                    recover()
                    process.stdin.write("go\n")
                    process.stdin.flush()
            finishing = time.monotonic()
            process.stdin.close()
            returncode = process.wait()
            exit_seconds = time.monotonic() - finishing
        finally:
            timer.cancel()
            if process.poll() is None:
                process.kill()
        stderr.seek(0)
        return HostRun(phases, exit_seconds, returncode, stderr.read())

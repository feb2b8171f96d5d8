"""HTTP connections whose requests end by a deadline, however the server behaves.

``http.client``'s ``timeout`` bounds each socket operation, not a request: a server that
answers one byte every few seconds keeps a request (and so the SDK's only worker) busy
for hours, and every later event is dropped as the queue fills. Here each request gets a
deadline, and every send and receive on its socket is given only the time that is left,
so a trickling answer fails with ``TimeoutError`` once the request's time is up.
"""

from __future__ import annotations

import http.client
import io
import math
import socket
import time
from typing import Any

__all__ = ["DeadlineHTTPConnection", "DeadlineHTTPSConnection"]


class _DeadlineSocket:
    """A connected socket; each operation may take only what is left before ``deadline``."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self.deadline = math.inf

    def _arm(self) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request ran out of time")
        self._sock.settimeout(min(remaining, 3600.0))

    def sendall(self, data: Any) -> None:
        # Since Python 3.5 a socket timeout bounds the whole sendall, not each chunk.
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer: Any, nbytes: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", buffering: int = -1) -> io.BufferedReader:
        # http.client reads every answer through makefile("rb").
        return io.BufferedReader(_Reader(self))

    def close(self) -> None:
        self._sock.close()

    def __getattr__(self, name: str) -> Any:  # setsockopt, shutdown, fileno...
        return getattr(self._sock, name)


class _Reader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)


class DeadlineHTTPConnection(http.client.HTTPConnection):
    """An ``HTTPConnection`` whose next request must end by a deadline (see ``start``)."""

    deadline = math.inf

    def start(self, seconds: float) -> None:
        """Give the next request (connecting, sending, reading the answer) ``seconds``."""
        self.deadline = time.monotonic() + seconds
        if isinstance(self.sock, _DeadlineSocket):
            self.sock.deadline = self.deadline

    def connect(self) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request ran out of time")
        configured = self.timeout
        # Connecting (and a TLS handshake) may take only what is left of the request.
        self.timeout = remaining if configured is None else min(remaining, configured)
        try:
            super().connect()
        finally:
            self.timeout = configured
        wrapped = _DeadlineSocket(self.sock)
        wrapped.deadline = self.deadline
        self.sock = wrapped


class DeadlineHTTPSConnection(DeadlineHTTPConnection, http.client.HTTPSConnection):
    """``DeadlineHTTPConnection`` over TLS."""

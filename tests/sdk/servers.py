"""Serving a test app for real: uvicorn on loopback in a thread of the test process."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

__all__ = ["free_port", "uvicorn_thread", "wsgi_thread"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def uvicorn_thread(app: Any, server: uvicorn.Server | None = None) -> Iterator[str]:
    """Serve ``app`` (lifespan on) until the block ends; yields the base URL.

    ``server`` overrides the default configuration (its config's port is used)."""
    if server is None:
        config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), lifespan="on",
                                log_level="critical")
        server = uvicorn.Server(config)
    port = server.config.port
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


@contextmanager
def wsgi_thread(app: Any) -> Iterator[str]:
    """Serve a WSGI app with werkzeug's threaded server on loopback; yields the base URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)

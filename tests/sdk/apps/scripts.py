"""Programs that fail outside any web framework, run as real processes by the tests.

``python -m tests.sdk.apps.scripts <case>`` with ``BUGSTACK_API_KEY`` and ``BUGSTACK_URL``
set. Each case initialises bugstack the documented way and then fails the way its name
says; the exit handler must deliver the event before the process is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import sys
import threading

import bugstack
from tests.sdk.apps import shop


def parse_quantity(raw: str, *, default: int = 1) -> int:
    return int(raw) if raw else default


def script() -> None:
    parse_quantity("twelve")  # nobody catches this: sys.excepthook


def thread() -> None:
    worker = threading.Thread(target=parse_quantity, args=("3.5",), name="importer")
    worker.start()
    worker.join()


async def _fetch(sku: str) -> int:
    await asyncio.sleep(0)
    return shop.PRICES[sku]


def task() -> None:
    async def main() -> None:
        asyncio.get_running_loop().create_task(_fetch("Z-9"))  # fire and forget
        await asyncio.sleep(0.05)
        gc.collect()

    asyncio.run(main())


def log() -> None:
    logging.basicConfig(level=logging.INFO)
    try:
        parse_quantity("many")
    except ValueError:
        logging.getLogger("importer").error("could not import row %d", 7, exc_info=True)


def late_import() -> None:
    """The documented order: ``init`` first, the frameworks imported afterwards."""
    assert "fastapi" not in sys.modules and "flask" not in sys.modules
    from tests.sdk.apps.asgi_apps import make_fastapi
    from tests.sdk.apps.wsgi_apps import make_flask

    body = b'{"sku": "A-1", "qty": 1, "customer": "late", "tier": "basic"}'
    app = make_fastapi()

    async def call() -> None:
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, object]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, object]) -> None:
            pass

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST", "scheme": "http", "path": "/orders/5",
                 "raw_path": b"/orders/5", "query_string": b"", "root_path": "",
                 "headers": [(b"content-type", b"application/json"), (b"host", b"app")],
                 "server": ("app", 80), "client": ("127.0.0.1", 1)}
        # Re-raised to the server, whose job it is to log it and close the connection.
        with contextlib.suppress(KeyError):
            await app(scope, receive, send)

    asyncio.run(call())
    response = make_flask().test_client().post("/orders/5", data=body,
                                               content_type="application/json")
    assert response.status_code == 500


def fork() -> None:
    """Capture in the parent, fork, capture in the child: both events must arrive."""
    try:
        parse_quantity("parent")
    except ValueError:
        bugstack.capture_exception()
    pid = os.fork()
    if pid == 0:
        try:
            parse_quantity("child")
        except ValueError:
            bugstack.capture_exception()
        os._exit(0 if bugstack.flush(10) else 3)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    bugstack.init()
    cases = {"script": script, "thread": thread, "task": task, "log": log, "fork": fork,
             "late_import": late_import}
    cases[sys.argv[1]]()

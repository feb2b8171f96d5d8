"""``logging``: a record at ERROR or above that carries ``exc_info`` is reported.

The handler sits on the root logger, so it sees records that propagate there; records of
bugstack's own loggers are ignored so that a failing send can never feed itself.
"""

from __future__ import annotations

import logging

from bugstack.sdk.client import get_client
from bugstack.sdk.scope import current

__all__ = ["BugstackHandler", "install"]


class BugstackHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        client = get_client()
        if client is None or not record.exc_info or record.name.startswith("bugstack"):
            return
        exc = record.exc_info[1]
        if not isinstance(exc, Exception) or record.levelno < client.options.log_level:
            return
        ambient = current()
        try:
            formatted = record.getMessage()
        except Exception:
            formatted = str(record.msg)
        client.capture(
            exc,
            mechanism="logging",
            handled=True,
            phase=ambient.phase if ambient is not None else "log",
            extra={"logentry": {"message": str(record.msg), "formatted": formatted},
                   "logger": record.name},
        )


def install() -> None:
    root = logging.getLogger()
    if any(isinstance(h, BugstackHandler) for h in root.handlers):
        return
    root.addHandler(BugstackHandler())

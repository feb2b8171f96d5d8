"""``logging``: a record at ERROR or above that carries ``exc_info`` is reported.

The hook wraps ``Logger.callHandlers`` (run once per record, whichever logger it came
from) rather than adding a handler to the root logger: a handler on the root logger would
make the app's own ``logging.basicConfig()`` a silent no-op. Records of bugstack's own
loggers are ignored so that a failing send can never feed itself.
"""

from __future__ import annotations

import contextlib
import logging

from bugstack.sdk.client import get_client

__all__ = ["install", "report"]


def _is_ours(name: str) -> bool:
    return name == "bugstack" or name.startswith("bugstack.")


def report(record: logging.LogRecord) -> None:
    client = get_client()
    if client is None or not record.exc_info or _is_ours(record.name):
        return
    exc = record.exc_info[1]
    if not isinstance(exc, Exception) or record.levelno < client.options.log_level:
        return
    try:
        formatted = record.getMessage()
    except Exception:
        formatted = str(record.msg)
    client.capture(
        exc,
        mechanism="logging",
        handled=True,
        default_phase="log",
        extra={"logentry": {"message": str(record.msg), "formatted": formatted},
               "logger": record.name},
    )


def install() -> None:
    original = logging.Logger.callHandlers
    if getattr(original, "__bugstack__", False):
        return

    def call_handlers(self: logging.Logger, record: logging.LogRecord) -> None:
        if record.exc_info:
            with contextlib.suppress(Exception):  # logging must keep working regardless
                report(record)
        original(self, record)

    call_handlers.__bugstack__ = True  # type: ignore[attr-defined]
    logging.Logger.callHandlers = call_handlers  # type: ignore[method-assign]

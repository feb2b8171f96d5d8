"""Plain scripts: an exception nobody caught reaches ``sys.excepthook``.

The hook reports it, then hands over to the hook that was there before (Python's own
prints the traceback), and the exit handler flushes before the process ends.
"""

from __future__ import annotations

import sys
from types import TracebackType

from bugstack.sdk.client import get_client

__all__ = ["install"]


def install() -> None:
    previous = sys.excepthook
    if getattr(previous, "__bugstack__", False):
        return

    def excepthook(exc_type: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        client = get_client()
        if client is not None and isinstance(value, Exception):
            client.capture(value, mechanism="excepthook", phase="script")
        previous(exc_type, value, tb)

    excepthook.__bugstack__ = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook

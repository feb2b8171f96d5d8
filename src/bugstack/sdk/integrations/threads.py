"""Threads: an exception that ends a ``threading.Thread`` reaches ``threading.excepthook``."""

from __future__ import annotations

import threading
from typing import Any

from bugstack.sdk.client import get_client

__all__ = ["install"]


def install() -> None:
    previous = threading.excepthook
    if getattr(previous, "__bugstack__", False):
        return

    def excepthook(args: Any) -> None:
        client = get_client()
        value = args.exc_value
        if client is not None and isinstance(value, Exception):
            client.capture(value, mechanism="threading", phase="thread")
        previous(args)

    excepthook.__bugstack__ = True  # type: ignore[attr-defined]
    threading.excepthook = excepthook

"""asyncio: a task that fails and is never awaited reaches the loop's exception handler.

That is the definition of an unhandled task error: a task whose exception somebody
awaits is handled by that somebody. The loop reports it when the task is destroyed, which
under reference counting is as soon as the last reference to the finished task goes.
"""

from __future__ import annotations

import asyncio
import asyncio.base_events
import sys
from typing import Any

from bugstack.sdk.client import get_client

__all__ = ["install"]


def _task_info(context: dict[str, Any]) -> dict[str, Any]:
    future = context.get("task") or context.get("future")
    info: dict[str, Any] = {"kind": "asyncio", "name": None}
    if isinstance(future, asyncio.Task):
        coro = future.get_coro()
        info["name"] = getattr(coro, "__qualname__", None) or future.get_name()
    return info


def install() -> None:
    _patch(asyncio.base_events.BaseEventLoop)
    # uvloop (which uvicorn picks when installed) does not derive from BaseEventLoop, but
    # its ``Loop`` is a Python subclass whose method the tasks look up like any other.
    uvloop = sys.modules.get("uvloop")
    loop_class = getattr(uvloop, "Loop", None)
    if isinstance(loop_class, type):
        _patch(loop_class)


def _patch(loop_class: type) -> None:
    original = loop_class.call_exception_handler  # type: ignore[attr-defined]
    if getattr(original, "__bugstack__", False):
        return

    def call_exception_handler(self: asyncio.AbstractEventLoop,
                               context: dict[str, Any]) -> None:
        client = get_client()
        exc = context.get("exception")
        if client is not None and isinstance(exc, Exception):
            client.capture(exc, mechanism="asyncio", phase="task", task=_task_info(context))
        original(self, context)

    call_exception_handler.__bugstack__ = True  # type: ignore[attr-defined]
    loop_class.call_exception_handler = call_exception_handler  # type: ignore[attr-defined]

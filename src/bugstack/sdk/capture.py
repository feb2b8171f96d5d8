"""The part of a capture that runs on the app's thread: copy what must be copied now.

A traceback keeps its frames alive, and a finished frame keeps its locals, so the worker
can read almost everything later. What cannot wait is what may change as soon as the
app's thread moves on: the binding of each local of the app's frames (a shallow copy of
``f_locals``, so a rebinding after the capture is not seen; Celery, for one, clears the
frames right after reporting), the request (its body tee is released when the request
ends) and the ambient phase. Values are not encoded here: that is the worker's job,
which is why this costs microseconds per frame instead of milliseconds. The price: an
object the app mutates in the instant between the capture and the worker's encoding is
seen as mutated.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import Any

from bugstack.sdk.scope import RequestData, current, current_request_elsewhere

__all__ = [
    "CapturedError",
    "CapturedException",
    "CapturedFrame",
    "already_captured",
    "mark_captured",
    "retained_bytes",
    "take",
]

_MARK = "__bugstack_captured__"
_MAX_CHAIN = 5


@dataclass(slots=True)
class CapturedFrame:
    frame: FrameType
    lineno: int
    #: A shallow copy of the frame's locals, or None for frames too far from the crash.
    locals: dict[str, Any] | None


@dataclass(slots=True)
class CapturedException:
    type: type[BaseException]
    value: BaseException
    frames: list[CapturedFrame]


@dataclass(slots=True)
class CapturedError:
    event_id: str
    timestamp: float
    #: The exception chain, oldest first, as Sentry lists it.
    exceptions: list[CapturedException]
    mechanism: str
    handled: bool
    phase: str
    request: RequestData | None
    task: dict[str, Any] | None
    thread: str
    extra: dict[str, Any] = field(default_factory=dict)


def already_captured(exc: BaseException) -> bool:
    return bool(getattr(exc, _MARK, False))


def mark_captured(exc: BaseException) -> None:
    # An exception with __slots__ cannot be marked; reporting it twice is harmless.
    with contextlib.suppress(Exception):
        setattr(exc, _MARK, True)


def _frames(tb: TracebackType | None, max_with_vars: int,
            wanted: Callable[[FrameType], bool]) -> list[CapturedFrame]:
    entries: list[tuple[FrameType, int]] = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    cutoff = len(entries) - max_with_vars
    last = len(entries) - 1
    return [
        CapturedFrame(frame, lineno,
                      dict(frame.f_locals)
                      if index >= cutoff and (index == last or wanted(frame)) else None)
        for index, (frame, lineno) in enumerate(entries)
    ]


def _every_frame(_: FrameType) -> bool:
    return True


def _chain(exc: BaseException, max_with_vars: int,
           wanted: Callable[[FrameType], bool]) -> list[CapturedException]:
    chain: list[CapturedException] = []
    seen: set[int] = set()
    cursor: BaseException | None = exc
    while cursor is not None and id(cursor) not in seen and len(chain) < _MAX_CHAIN:
        seen.add(id(cursor))
        chain.append(CapturedException(type(cursor), cursor,
                                       _frames(cursor.__traceback__, max_with_vars, wanted)))
        if cursor.__cause__ is not None:
            cursor = cursor.__cause__
        elif not cursor.__suppress_context__:
            cursor = cursor.__context__
        else:
            cursor = None
    chain.reverse()
    return chain


def take(
    exc: BaseException,
    *,
    mechanism: str,
    handled: bool,
    max_frames_with_vars: int,
    phase: str | None = None,
    task: dict[str, Any] | None = None,
    request: RequestData | None = None,
    extra: dict[str, Any] | None = None,
    default_phase: str = "script",
    wanted: Callable[[FrameType], bool] = _every_frame,
) -> CapturedError | None:
    """Copy out an exception and its surroundings, or None if it was captured before.

    ``wanted`` says which frames' locals to copy (the app's own, in practice); the
    innermost frame's are always copied.
    """
    if already_captured(exc):
        return None
    mark_captured(exc)
    ambient = current()
    if request is None and ambient is not None and ambient.request is not None:
        try:
            request = ambient.request()
        except Exception:
            request = None
    if task is None and ambient is not None:
        task = ambient.task
    if request is None and ambient is None:
        request = current_request_elsewhere()
    if phase is None:
        if ambient is not None:
            phase = ambient.phase
        else:
            phase = "request" if request is not None else default_phase
    return CapturedError(
        event_id=uuid.uuid4().hex,
        timestamp=time.time(),
        exceptions=_chain(exc, max_frames_with_vars, wanted),
        mechanism=mechanism,
        handled=handled,
        phase=phase,
        request=request,
        task=task,
        thread=threading.current_thread().name,
        extra=extra or {},
    )


#: Bytes per item that a local of these types keeps alive, roughly (a str of ASCII text,
#: the slots of a list, a dict's entries): the types that hold what floods memory.
_BYTES_PER_ITEM: dict[type, int] = {str: 1, bytes: 1, bytearray: 1, list: 8, tuple: 8,
                                    dict: 64, set: 32}


def retained_bytes(captured: CapturedError) -> int:
    """About how much memory a queued error keeps alive: the copied locals of the app's
    frames and the request body. Shallow (a list counts its slots, not its items) but it
    sees what floods memory in practice, a large body, string, bytes or collection held
    by the app's frames; a type lookup and a ``len`` per local, on the app's thread."""
    total = len(captured.request.body) if captured.request is not None else 0
    per_item = _BYTES_PER_ITEM.get
    for exception in captured.exceptions:
        for frame in exception.frames:
            if frame.locals is None:
                continue
            for value in frame.locals.values():
                size = per_item(type(value))
                if size is not None:
                    total += size * len(value)
    return total


def current_exception() -> BaseException | None:
    return sys.exc_info()[1]

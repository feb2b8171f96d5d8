"""An event's JSON, arranged for reading: the exception chain with its frames, the
request, breadcrumbs and tags. Everything is read defensively, since an SDK may send any
shape; a part that is missing or malformed is simply not shown."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventView", "ExceptionView", "FrameView", "event_view"]


@dataclass(frozen=True, slots=True)
class FrameView:
    where: str
    function: str
    lineno: int | None
    in_app: bool
    #: (line number, text, is the line that ran)
    source: list[tuple[int | None, str, bool]]
    local_vars: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class ExceptionView:
    type: str
    value: str
    mechanism: str | None
    #: Innermost call last, as Python prints a traceback.
    frames: list[FrameView]

    @property
    def library_frames(self) -> int:
        return sum(1 for f in self.frames if not f.in_app)


@dataclass(frozen=True, slots=True)
class EventView:
    event_id: str
    message: str | None
    #: The exception raised last first, then the ones it came from.
    chain: list[ExceptionView]
    request: dict[str, Any] | None
    breadcrumbs: list[dict[str, str]]
    tags: list[tuple[str, str]]
    contexts: list[tuple[str, str]] = field(default_factory=list)
    user: list[tuple[str, str]] = field(default_factory=list)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str, ensure_ascii=False)


def _values(container: Any) -> list[Any]:
    if isinstance(container, dict):
        container = container.get("values")
    return container if isinstance(container, list) else []


def _frame(data: dict[str, Any]) -> FrameView:
    lineno = data.get("lineno") if isinstance(data.get("lineno"), int) else None
    source: list[tuple[int | None, str, bool]] = []
    pre = [str(x) for x in data.get("pre_context") or [] if isinstance(x, str)]
    post = [str(x) for x in data.get("post_context") or [] if isinstance(x, str)]
    if isinstance(data.get("context_line"), str):
        first = lineno - len(pre) if lineno is not None else None
        for offset, line in enumerate(pre):
            source.append((first + offset if first is not None else None, line, False))
        source.append((lineno, data["context_line"], True))
        for offset, line in enumerate(post, start=1):
            source.append((lineno + offset if lineno is not None else None, line, False))
    local_vars = data.get("vars")
    pairs = ([(str(k), _text(v)) for k, v in local_vars.items()]
             if isinstance(local_vars, dict) else [])
    where = str(data.get("filename") or data.get("abs_path") or data.get("module") or "?")
    return FrameView(where=where, function=str(data.get("function") or "?"), lineno=lineno,
                     in_app=data.get("in_app") is True, source=source, local_vars=pairs)


def _exception(data: dict[str, Any]) -> ExceptionView:
    stacktrace = data.get("stacktrace")
    raw_frames = stacktrace.get("frames") if isinstance(stacktrace, dict) else None
    frames = [_frame(f) for f in raw_frames or [] if isinstance(f, dict)]
    mechanism = data.get("mechanism")
    how = None
    if isinstance(mechanism, dict):
        how = str(mechanism.get("type") or "")
        if mechanism.get("handled") is False:
            how += " (unhandled)"
    return ExceptionView(type=str(data.get("type") or "Error"), value=_text(data.get("value")
                                                                             or ""),
                         mechanism=how or None, frames=frames)


def _pairs(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return sorted((str(k), _text(v)) for k, v in value.items())
    if isinstance(value, list):
        return [(str(p[0]), _text(p[1])) for p in value
                if isinstance(p, list | tuple) and len(p) == 2]
    return []


def _breadcrumb(data: dict[str, Any]) -> dict[str, str]:
    return {
        "time": _text(data.get("timestamp") or ""),
        "category": _text(data.get("category") or data.get("type") or ""),
        "level": _text(data.get("level") or "info"),
        "message": _text(data.get("message") or data.get("data") or ""),
    }


def event_view(payload: dict[str, Any]) -> EventView:
    chain = [_exception(e) for e in _values(payload.get("exception")) if isinstance(e, dict)]
    chain.reverse()
    request = payload.get("request") if isinstance(payload.get("request"), dict) else None
    if request is not None:
        request = {
            "method": _text(request.get("method") or ""),
            "url": _text(request.get("url") or ""),
            "query": _text(request.get("query_string") or ""),
            "headers": _pairs(request.get("headers")),
            "data": _text(request["data"]) if request.get("data") not in (None, "") else "",
        }
    message = payload.get("message") or payload.get("logentry")
    if isinstance(message, dict):
        message = message.get("formatted") or message.get("message")
    contexts = payload.get("contexts")
    return EventView(
        event_id=str(payload.get("event_id") or ""),
        message=_text(message) if message else None,
        chain=chain,
        request=request,
        breadcrumbs=[_breadcrumb(b) for b in _values(payload.get("breadcrumbs"))
                     if isinstance(b, dict)][-50:],
        tags=_pairs(payload.get("tags")),
        contexts=[(str(k), _text(v)) for k, v in contexts.items()]
        if isinstance(contexts, dict) else [],
        user=_pairs(payload.get("user")),
    )

"""A typed, read-only view of an error event in the Sentry event format.

The server stores events whole, exactly as received; this view is how the rest of
bugstack reads them. It is lenient on purpose: fields of the wrong type are treated as
absent rather than rejected, because an SDK bug must not cost a user their error report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["ErrorEvent", "ExceptionRecord", "Frame", "RequestInfo", "parse_timestamp"]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _strs(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def parse_timestamp(value: Any) -> datetime | None:
    """Sentry sends timestamps as RFC 3339 strings or as seconds since the epoch."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


@dataclass(frozen=True, slots=True)
class Frame:
    filename: str | None = None
    abs_path: str | None = None
    module: str | None = None
    function: str | None = None
    lineno: int | None = None
    context_line: str | None = None
    pre_context: tuple[str, ...] = ()
    post_context: tuple[str, ...] = ()
    in_app: bool | None = None
    vars: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Frame:
        raw_vars = data.get("vars")
        in_app = data.get("in_app")
        return cls(
            filename=_str(data.get("filename")),
            abs_path=_str(data.get("abs_path")),
            module=_str(data.get("module")),
            function=_str(data.get("function")),
            lineno=_int(data.get("lineno")),
            context_line=_str(data.get("context_line")),
            pre_context=_strs(data.get("pre_context")),
            post_context=_strs(data.get("post_context")),
            in_app=in_app if isinstance(in_app, bool) else None,
            vars=raw_vars if isinstance(raw_vars, dict) else {},
        )

    @property
    def path(self) -> str | None:
        """The best path the event gives for the frame's file."""
        return self.abs_path or self.filename


@dataclass(frozen=True, slots=True)
class ExceptionRecord:
    type: str
    value: str
    module: str | None
    frames: tuple[Frame, ...]
    mechanism: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExceptionRecord:
        stack = data.get("stacktrace")
        raw_frames = stack.get("frames") if isinstance(stack, dict) else None
        frames = tuple(
            Frame.from_dict(f) for f in (raw_frames or []) if isinstance(f, dict)
        )
        mechanism = data.get("mechanism")
        return cls(
            type=_str(data.get("type")) or "Error",
            value=_str(data.get("value")) or "",
            module=_str(data.get("module")),
            frames=frames,
            mechanism=mechanism if isinstance(mechanism, dict) else {},
        )

    @property
    def qualified_type(self) -> str:
        if self.module and self.module not in ("builtins", "__builtin__"):
            return f"{self.module}.{self.type}"
        return self.type

    @property
    def in_app_frames(self) -> tuple[Frame, ...]:
        return tuple(f for f in self.frames if f.in_app)

    @property
    def crash_frame(self) -> Frame | None:
        """The innermost in-app frame: where the app's own code went wrong."""
        in_app = self.in_app_frames
        if in_app:
            return in_app[-1]
        return self.frames[-1] if self.frames else None


@dataclass(frozen=True, slots=True)
class RequestInfo:
    method: str | None
    url: str | None
    query_string: str | None
    headers: Mapping[str, str]
    data: Any

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestInfo:
        headers = data.get("headers")
        if isinstance(headers, list):  # Sentry also allows a list of pairs
            headers = {
                str(p[0]): str(p[1]) for p in headers if isinstance(p, list) and len(p) == 2
            }
        query = data.get("query_string")
        if isinstance(query, dict):
            query = "&".join(f"{k}={v}" for k, v in query.items())
        return cls(
            method=_str(data.get("method")),
            url=_str(data.get("url")),
            query_string=_str(query),
            headers=headers if isinstance(headers, dict) else {},
            data=data.get("data"),
        )


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    raw: Mapping[str, Any]
    event_id: str | None
    timestamp: datetime | None
    level: str
    platform: str | None
    release: str | None
    environment: str | None
    transaction: str | None
    message: str | None
    fingerprint: tuple[str, ...]
    exceptions: tuple[ExceptionRecord, ...]
    request: RequestInfo | None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorEvent:
        exc = data.get("exception")
        values: Sequence[Any] = []
        if isinstance(exc, dict):
            values = exc.get("values") or []
        elif isinstance(exc, list):
            values = exc
        exceptions = tuple(
            ExceptionRecord.from_dict(v) for v in values if isinstance(v, dict)
        )
        request = data.get("request")
        return cls(
            raw=data,
            event_id=_str(data.get("event_id")),
            timestamp=parse_timestamp(data.get("timestamp")),
            level=_str(data.get("level")) or "error",
            platform=_str(data.get("platform")),
            release=_str(data.get("release")),
            environment=_str(data.get("environment")),
            transaction=_str(data.get("transaction")),
            message=_message(data),
            fingerprint=_strs(data.get("fingerprint")),
            exceptions=exceptions,
            request=RequestInfo.from_dict(request) if isinstance(request, dict) else None,
        )

    @property
    def primary(self) -> ExceptionRecord | None:
        """The exception that was raised last; Sentry lists the chain oldest first."""
        return self.exceptions[-1] if self.exceptions else None

    @property
    def title(self) -> str:
        from bugstack.domain.fingerprint import event_title

        return event_title(self.raw)

    @property
    def culprit(self) -> str | None:
        """Where it happened, as ``module in function``."""
        from bugstack.domain.fingerprint import event_culprit

        return event_culprit(self.raw)


def _message(data: Mapping[str, Any]) -> str | None:
    logentry = data.get("logentry")
    if isinstance(logentry, dict):
        return _str(logentry.get("formatted")) or _str(logentry.get("message"))
    message = data.get("message")
    if isinstance(message, dict):
        return _str(message.get("formatted")) or _str(message.get("message"))
    return _str(message)

"""How events are grouped into issues, and the few facts ingest needs to do it.

The default fingerprint is built from the exception type and the in-app frames' module
and function names, never their line numbers, so a fix that moves lines around does not
split one issue into two. An SDK may send its own ``fingerprint``; the value
``{{ default }}`` inside it stands for the default one, as in Sentry.

These functions read the event's raw JSON rather than the typed ``ErrorEvent`` view: they
run on the ingest's hot path for every event, and building a typed frame for every frame
of every event cost more than all the rest of ingest together. The view's ``title`` and
``culprit`` call them too, so there is one definition of each.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bugstack.domain.event import ErrorEvent

__all__ = [
    "EventSummary",
    "default_components",
    "fingerprint_data",
    "fingerprint_event",
    "summarise_event",
]

_DEFAULT_MARK = "{{ default }}"
# Numbers, hex ids and quoted values vary between occurrences of one message.
_VARIABLE_PARTS = re.compile(r"'[^']*'|\"[^\"]*\"|0x[0-9a-fA-F]+|\d+")


@dataclass(frozen=True, slots=True)
class EventSummary:
    fingerprint: str
    title: str
    culprit: str | None
    exception_type: str | None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _exceptions(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    exc = data.get("exception")
    values: Any = exc.get("values") if isinstance(exc, dict) else exc
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, dict)]


def _frames(exc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    stack = exc.get("stacktrace")
    frames = stack.get("frames") if isinstance(stack, dict) else None
    if not isinstance(frames, list):
        return []
    return [f for f in frames if isinstance(f, dict)]


def _app_frames(frames: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    in_app = [f for f in frames if f.get("in_app") is True]
    return in_app or frames


def _exception_type(exc: Mapping[str, Any]) -> str:
    return _text(exc.get("type")) or "Error"


def _qualified_type(exc: Mapping[str, Any]) -> str:
    module = _text(exc.get("module"))
    if module and module not in ("builtins", "__builtin__"):
        return f"{module}.{_exception_type(exc)}"
    return _exception_type(exc)


def _strip_path(path: str) -> str:
    # Without a module name, the file name alone survives a move of the deployment root.
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _message(data: Mapping[str, Any]) -> str | None:
    for key in ("logentry", "message"):
        value = data.get(key)
        if isinstance(value, dict):
            text = _text(value.get("formatted")) or _text(value.get("message"))
            if text:
                return text
        elif isinstance(value, str):
            return value
    return None


def _components(data: Mapping[str, Any]) -> list[str]:
    exceptions = _exceptions(data)
    if not exceptions:
        return ["message", _VARIABLE_PARTS.sub("<>", _message(data) or "")]
    parts: list[str] = []
    for exc in exceptions:
        frames = _app_frames(_frames(exc))
        parts.append(_qualified_type(exc))
        for frame in frames:
            where = _text(frame.get("module")) or _strip_path(
                _text(frame.get("filename")) or _text(frame.get("abs_path")) or "")
            parts.append(f"{where}:{_text(frame.get('function')) or '?'}")
        if not frames:
            parts.append(_VARIABLE_PARTS.sub("<>", _text(exc.get("value")) or ""))
        parts.append("|")
    return parts


def default_components(event: ErrorEvent) -> list[str]:
    return _components(event.raw)


def fingerprint_data(data: Mapping[str, Any]) -> str:
    """A stable hex digest naming the issue that the event ``data`` belongs to."""
    custom = data.get("fingerprint")
    parts: list[str]
    if isinstance(custom, list) and any(isinstance(item, str) for item in custom):
        parts = []
        for item in custom:
            if item == _DEFAULT_MARK:
                parts.extend(_components(data))
            elif isinstance(item, str):
                parts.append(f"custom:{item}")
    else:
        parts = _components(data)
    return hashlib.sha256("\n".join(parts).encode("utf-8", "replace")).hexdigest()[:32]


def fingerprint_event(event: ErrorEvent) -> str:
    return fingerprint_data(event.raw)


def event_title(data: Mapping[str, Any]) -> str:
    exceptions = _exceptions(data)
    if exceptions:
        primary = exceptions[-1]  # Sentry lists the chain oldest first
        value = _text(primary.get("value"))
        return f"{_exception_type(primary)}: {value}" if value else _exception_type(primary)
    return _message(data) or "<unlabeled event>"


def event_culprit(data: Mapping[str, Any]) -> str | None:
    """Where it happened, as ``module in function``: the innermost in-app frame."""
    exceptions = _exceptions(data)
    frames = _app_frames(_frames(exceptions[-1])) if exceptions else []
    if not frames:
        return _text(data.get("transaction"))
    frame = frames[-1]
    where = _text(frame.get("module")) or _text(frame.get("filename")) or "?"
    return f"{where} in {_text(frame.get('function')) or '?'}"


def summarise_event(data: Mapping[str, Any]) -> EventSummary:
    exceptions = _exceptions(data)
    return EventSummary(
        fingerprint=fingerprint_data(data),
        title=event_title(data),
        culprit=event_culprit(data),
        exception_type=_exception_type(exceptions[-1]) if exceptions else None,
    )

"""How events are grouped into issues.

The default fingerprint is built from the exception type and the in-app frames' module
and function names, never their line numbers, so a fix that moves lines around does not
split one issue into two. An SDK may send its own ``fingerprint``; the value
``{{ default }}`` inside it stands for the default one, as in Sentry.
"""

from __future__ import annotations

import hashlib
import re

from bugstack.domain.event import ErrorEvent, ExceptionRecord

__all__ = ["default_components", "fingerprint_event"]

_DEFAULT_MARK = "{{ default }}"
# Numbers, hex ids and quoted values vary between occurrences of one message.
_VARIABLE_PARTS = re.compile(r"'[^']*'|\"[^\"]*\"|0x[0-9a-fA-F]+|\d+")


def _exception_components(exc: ExceptionRecord) -> list[str]:
    frames = exc.in_app_frames or exc.frames
    parts = [exc.qualified_type]
    for frame in frames:
        where = frame.module or _strip_path(frame.filename or frame.abs_path or "")
        parts.append(f"{where}:{frame.function or '?'}")
    if not frames:
        parts.append(_VARIABLE_PARTS.sub("<>", exc.value))
    return parts


def _strip_path(path: str) -> str:
    # Without a module name, the file name alone survives a move of the deployment root.
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def default_components(event: ErrorEvent) -> list[str]:
    if event.exceptions:
        parts: list[str] = []
        for exc in event.exceptions:
            parts.extend(_exception_components(exc))
            parts.append("|")
        return parts
    return ["message", _VARIABLE_PARTS.sub("<>", event.message or "")]


def fingerprint_event(event: ErrorEvent) -> str:
    """A stable hex digest naming the issue that ``event`` belongs to."""
    if event.fingerprint:
        parts: list[str] = []
        for item in event.fingerprint:
            if item == _DEFAULT_MARK:
                parts.extend(default_components(event))
            else:
                parts.append(f"custom:{item}")
    else:
        parts = default_components(event)
    return hashlib.sha256("\n".join(parts).encode("utf-8", "replace")).hexdigest()[:32]

"""Turn a plain Python traceback, pasted from a log, into a Sentry-shaped error event.

Only what a traceback says is kept: frames (path, line, function, code line) and the
exception's type and message. Frames under ``site-packages`` or the interpreter's own
library are marked as not in the app, as sentry-sdk would mark them.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["TracebackParseError", "event_from_traceback"]

_HEADER = "Traceback (most recent call last):"
_FRAME = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)')
_EXCEPTION = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s?(?P<value>.*))?$")
_LIBRARY = re.compile(r"(site-packages|dist-packages|/lib/python\d+\.\d+/|<frozen )")
# Markers Python prints under a line (``~~~^^^``) are not code.
_CARETS = re.compile(r"^\s*[~^]+\s*$")


class TracebackParseError(ValueError):
    """The text holds no Python traceback."""


def event_from_traceback(text: str) -> dict[str, Any]:
    """Parse the last traceback in ``text`` (the one that ended the program)."""
    start = text.rfind(_HEADER)
    if start < 0:
        raise TracebackParseError("no 'Traceback (most recent call last):' line found")
    lines = text[start + len(_HEADER):].splitlines()
    frames: list[dict[str, Any]] = []
    index = 0
    while index < len(lines):
        match = _FRAME.match(lines[index])
        if match is None:
            if lines[index].strip() and frames:
                break
            index += 1
            continue
        frame: dict[str, Any] = {
            "filename": match["path"],
            "abs_path": match["path"],
            "function": match["func"],
            "lineno": int(match["line"]),
            "in_app": _LIBRARY.search(match["path"]) is None,
        }
        index += 1
        if index < len(lines) and not _FRAME.match(lines[index]) and lines[index].startswith(
            "    "
        ):
            frame["context_line"] = lines[index].strip()
            index += 1
            while index < len(lines) and _CARETS.match(lines[index]):
                index += 1
        frames.append(frame)
    if not frames:
        raise TracebackParseError("the traceback has no frames")
    rest = [line for line in lines[index:] if line.strip()]
    exc = _EXCEPTION.match(rest[0].strip()) if rest else None
    if exc is None:
        raise TracebackParseError("the traceback does not end with an exception line")
    qualified = exc["type"]
    module, _, name = qualified.rpartition(".")
    return {
        "platform": "python",
        "level": "error",
        "exception": {"values": [{
            "type": name,
            "value": exc["value"] or "",
            "module": module or None,
            "stacktrace": {"frames": frames},
        }]},
    }

"""Reading a plain Python traceback, as people paste it, into the domain's event model.

The result is the same ``ErrorEvent`` a Sentry SDK would have sent, so a pasted
traceback goes through exactly the recognisers an ingested event does. Given the
directory of the app, frames whose files are found there become a ``CrashSite``.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame

__all__ = ["parse_traceback", "site_from_traceback"]

_START = re.compile(r"^(?P<indent>\s*)Traceback \(most recent call last\):\s*$")
_FRAME = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+)(?:, in (?P<func>.+))?\s*$')
_EXCEPTION = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s?(?P<value>.*))?$")
_MARKERS = re.compile(r"^[\s~^]+$")
# What the warnings module prints after a traceback ("sys:1: RuntimeWarning: ...").
_WARNING = re.compile(r"^\S+:\d+: \w*Warning: ")
_CHAIN = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)


def parse_traceback(text: str) -> ErrorEvent | None:
    """The event a traceback describes, chained exceptions included; ``None`` if no traceback."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[dict[str, Any]] = []
    i = 0
    while i < len(lines):
        start = _START.match(lines[i])
        if start is None:
            i += 1
            continue
        indent = len(start.group("indent"))
        i, block = _read_block(lines, i + 1, indent)
        if block is not None:
            blocks.append(block)
    if not blocks:
        return None
    return ErrorEvent.from_dict({"platform": "python", "exception": {"values": blocks}})


def _read_block(lines: list[str], i: int, indent: int) -> tuple[int, dict[str, Any] | None]:
    frames: list[dict[str, Any]] = []
    while i < len(lines):
        line = lines[i]
        frame = _FRAME.match(line)
        if frame is not None:
            code = ""
            if i + 1 < len(lines) and not _FRAME.match(lines[i + 1]):
                nxt = lines[i + 1]
                if nxt.startswith(" " * (indent + 4)) and not _MARKERS.match(nxt):
                    code = nxt.strip()
                    i += 1
            frames.append(
                {
                    "filename": frame.group("path"),
                    "abs_path": frame.group("path"),
                    "lineno": int(frame.group("line")),
                    "function": (frame.group("func") or "").strip() or None,
                    "context_line": code or None,
                }
            )
            i += 1
            continue
        stripped = line[indent:] if line[:indent].strip() == "" else line.strip()
        if not stripped.strip() or _MARKERS.match(stripped) or stripped.startswith(" "):
            i += 1
            continue
        found = _EXCEPTION.match(stripped.rstrip())
        if found is None:
            return i + 1, None
        value_lines = [found.group("value") or ""]
        i += 1
        # A message can run over several lines; it ends at a blank line or a new block.
        while i < len(lines) and lines[i].strip() and not _START.match(lines[i]):
            if any(lines[i].strip().startswith(c) for c in _CHAIN) or _WARNING.match(lines[i]):
                break
            value_lines.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        qualified = found.group("type")
        module, _, short = qualified.rpartition(".")
        return i, {
            "type": short,
            "module": module or None,
            "value": "\n".join(value_lines).strip(),
            "stacktrace": {"frames": frames},
        }
    return i, None


def site_from_traceback(text: str, root: Path) -> CrashSite | None:
    """The crash site of a traceback in the app rooted at ``root``; ``None`` if none found.

    A frame belongs to the app when its file is found under ``root``, either at the
    printed path or at a trailing part of it (the traceback may come from another
    machine, where the app lived under ``/app/src`` or similar).
    """
    event = parse_traceback(text)
    if event is None or event.primary is None:
        return None
    root = root.resolve()
    raw_frames: list[dict[str, Any]] = []
    for frame in event.primary.frames:
        rel = _locate(frame.path or "", root)
        raw_frames.append(
            {
                "filename": rel or frame.filename,
                "abs_path": frame.abs_path,
                "lineno": frame.lineno,
                "function": frame.function,
                "context_line": frame.context_line,
                "in_app": rel is not None,
            }
        )
    values = list(event.raw["exception"]["values"])
    values[-1] = {**values[-1], "stacktrace": {"frames": raw_frames}}
    event = ErrorEvent.from_dict({**event.raw, "exception": {"values": values}})
    primary = event.primary
    assert primary is not None
    located = [
        LocatedFrame(
            frame=frame,
            path=frame.filename,
            source=(root / frame.filename).read_text(encoding="utf-8", errors="replace"),
            lineno=frame.lineno,
        )
        for frame in primary.frames
        if frame.in_app and frame.filename and frame.lineno is not None
    ]
    if not located:
        return None
    return CrashSite(event=event, exception=primary, frames=tuple(located), root=root)


def _locate(printed: str, root: Path) -> str | None:
    if not printed or printed.startswith("<"):
        return None
    parts = PurePosixPath(printed.replace("\\", "/")).parts
    if "site-packages" in parts or "dist-packages" in parts:
        return None
    candidate = Path(printed)
    if candidate.is_absolute():
        try:
            rel = candidate.resolve().relative_to(root)
        except ValueError:
            rel = None
        if rel is not None and (root / rel).is_file():
            return rel.as_posix()
    for start in range(len(parts)):
        tail = PurePosixPath(*parts[start:])
        if tail.is_absolute():
            continue
        if (root / tail).is_file():
            return tail.as_posix()
    return None

"""The worker's half of a capture: turn a ``CapturedError`` into a Sentry event.

Everything slow happens here, off the app's thread: reading source lines, ``repr`` of
variables, the replay snapshot (``bugstack.domain.replay``) and scrubbing. The result is a
plain Sentry event with the replay snapshot in ``contexts["bugstack_replay"]``.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import linecache
import os
import platform
import reprlib
import site
import sys
import sysconfig
from collections.abc import Iterable
from datetime import UTC, datetime
from types import CodeType
from typing import Any

from bugstack.domain.replay import CONTEXT_KEY, VERSION, Limits, encode_value
from bugstack.sdk.capture import CapturedError, CapturedException, CapturedFrame
from bugstack.sdk.scope import RequestData
from bugstack.sdk.scrub import SCRUBBED, Scrubber

__all__ = ["MAX_EVENT_BYTES", "SDK_NAME", "EventBuilder", "InAppRule", "fit"]

SDK_NAME = "bugstack.python"
_CONTEXT_LINES = 5
_MAX_VARS = 50
_MAX_REPLAY_FRAMES = 20
_SNAPSHOT_LIMITS = Limits(max_depth=6, max_items=50, max_string=1024, max_values=500)
#: Below the server's 1 MiB limit on one event, with room for the envelope around it.
MAX_EVENT_BYTES = 900_000
_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


def _library_roots() -> tuple[str, ...]:
    roots: list[str] = []
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        path = sysconfig.get_paths().get(key)
        if path:
            roots.append(os.path.realpath(path))
    with contextlib.suppress(AttributeError):  # some virtualenv builds lack it
        roots.extend(os.path.realpath(p) for p in site.getsitepackages())
    roots.append(os.path.realpath(os.path.dirname(os.__file__)))
    return tuple(sorted({r.rstrip(os.sep) + os.sep for r in roots}, key=len, reverse=True))


class InAppRule:
    """Whether a frame belongs to the app: not the standard library, not an installed
    package, not this SDK; ``in_app_include``/``in_app_exclude`` module prefixes win."""

    def __init__(self, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> None:
        self._include = tuple(include)
        self._exclude = (*exclude, "bugstack.sdk", "bugstack.domain")
        self._roots = _library_roots()
        self._cache: dict[tuple[str, str], bool] = {}

    def __call__(self, module: str, abs_path: str) -> bool:
        key = (module, abs_path)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._decide(module, abs_path)
            if len(self._cache) < 4096:
                self._cache[key] = cached
        return cached

    def _decide(self, module: str, abs_path: str) -> bool:
        def matches(prefixes: tuple[str, ...]) -> bool:
            return any(module == p or module.startswith(p + ".") for p in prefixes)

        if matches(self._include):
            return True
        if matches(self._exclude):
            return False
        if not abs_path or abs_path.startswith("<"):
            return False
        if "site-packages" in abs_path or "dist-packages" in abs_path:
            return False
        real = os.path.realpath(abs_path)
        return not any(real.startswith(root) for root in self._roots)


@functools.lru_cache(maxsize=2048)
def _relative_filename(abs_path: str) -> str:
    """The path as Sentry shows it: relative to the ``sys.path`` entry it was found in."""
    best = ""
    for entry in sys.path:
        if entry and abs_path.startswith(entry.rstrip(os.sep) + os.sep) and len(entry) > len(best):
            best = entry.rstrip(os.sep) + os.sep
    return abs_path[len(best):] if best else os.path.basename(abs_path)


def _signature(code: CodeType) -> tuple[list[str], dict[str, str]]:
    """Parameter names in signature order, and the kind of each (as ``inspect`` names it)."""
    names = code.co_varnames
    positional = code.co_argcount
    keyword_only = code.co_kwonlyargcount
    kinds: dict[str, str] = {}
    for index in range(positional):
        kinds[names[index]] = (
            "positional_only" if index < code.co_posonlyargcount else "positional_or_keyword"
        )
    cursor = positional + keyword_only
    if code.co_flags & _CO_VARARGS:
        kinds[names[cursor]] = "var_positional"
        cursor += 1
    for index in range(positional, positional + keyword_only):
        kinds[names[index]] = "keyword_only"
    if code.co_flags & _CO_VARKEYWORDS:
        kinds[names[cursor]] = "var_keyword"
    return list(kinds), kinds


class _BoundedRepr(reprlib.Repr):
    """``reprlib.Repr`` that also cuts bytes before writing their repr: the stock one
    writes the whole repr, then cuts it (70 ms for 2 MB, all of it holding the GIL, so
    the app's threads wait too)."""

    def _cut(self, value: bytes | bytearray, level: int) -> str:
        limit = max(self.maxstring, 8)
        if len(value) <= limit:
            return repr(value)
        head = repr(value[: limit // 2])
        return f"{head[:-1]}...{head[-1]} ({len(value)} bytes)"

    def repr_bytes(self, value: bytes, level: int) -> str:
        return self._cut(value, level)

    def repr_bytearray(self, value: bytearray, level: int) -> str:
        return self._cut(value, level)


class EventBuilder:
    def __init__(
        self,
        *,
        scrubber: Scrubber,
        in_app: InAppRule,
        release: str | None,
        environment: str | None,
        server_name: str | None,
        sdk_version: str,
        integrations: Iterable[str] = (),
    ) -> None:
        self.scrubber = scrubber
        self.in_app = in_app
        self.release = release
        self.environment = environment
        self.server_name = server_name
        self.sdk = {"name": SDK_NAME, "version": sdk_version,
                    "integrations": sorted(integrations)}
        self._repr = _BoundedRepr()
        self._repr.maxstring = 200
        self._repr.maxother = 200
        self._repr.maxlong = 60

    def build(self, captured: CapturedError) -> dict[str, Any]:
        values = [self._exception(exc, captured) for exc in captured.exceptions]
        primary = captured.exceptions[-1]
        event: dict[str, Any] = {
            "event_id": captured.event_id,
            "timestamp": datetime.fromtimestamp(captured.timestamp, tz=UTC).isoformat(),
            "platform": "python",
            "level": "error",
            "sdk": self.sdk,
            "exception": {"values": values},
            "contexts": {
                "runtime": {"name": platform.python_implementation(),
                            "version": platform.python_version()},
                CONTEXT_KEY: self._replay(primary, captured),
            },
            "tags": {"bugstack.phase": captured.phase, "thread": captured.thread},
        }
        for key, value in (("release", self.release), ("environment", self.environment),
                           ("server_name", self.server_name)):
            if value:
                event[key] = value
        if captured.request is not None:
            event["request"] = self._sentry_request(captured.request)
            if captured.request.route:
                event["transaction"] = captured.request.route
        elif captured.task is not None:
            event["transaction"] = str(captured.task.get("name"))
        extra = dict(captured.extra)
        logentry = extra.pop("logentry", None)
        if isinstance(logentry, dict):
            event["logentry"] = {k: self.scrubber.text(str(v)) for k, v in logentry.items()}
        logger = extra.pop("logger", None)
        if logger:
            event["logger"] = str(logger)
        if extra:
            event["extra"] = {k: self._safe_repr(v) for k, v in extra.items()}
        return fit(event)

    # -- Sentry's standard fields -------------------------------------------------------

    def _exception(self, exc: CapturedException, captured: CapturedError) -> dict[str, Any]:
        return {
            "type": exc.type.__qualname__,
            "module": exc.type.__module__,
            "value": self.scrubber.text(_safe_str(exc.value)),
            "mechanism": {"type": captured.mechanism, "handled": captured.handled},
            "stacktrace": {"frames": [self._frame(f, index == len(exc.frames) - 1)
                                      for index, f in enumerate(exc.frames)]},
        }

    def _frame(self, captured: CapturedFrame, innermost: bool) -> dict[str, Any]:
        code = captured.frame.f_code
        abs_path = code.co_filename
        module = str(captured.frame.f_globals.get("__name__", ""))
        lines = linecache.getlines(abs_path, captured.frame.f_globals)
        index = captured.lineno - 1
        frame: dict[str, Any] = {
            "filename": _relative_filename(abs_path),
            "abs_path": abs_path,
            "module": module,
            "function": code.co_name,
            "lineno": captured.lineno,
            "in_app": self.in_app(module, abs_path),
        }
        if 0 <= index < len(lines):
            frame["context_line"] = lines[index].rstrip("\r\n")
            frame["pre_context"] = [
                line.rstrip("\r\n") for line in lines[max(0, index - _CONTEXT_LINES):index]
            ]
            frame["post_context"] = [
                line.rstrip("\r\n") for line in lines[index + 1:index + 1 + _CONTEXT_LINES]
            ]
        # Variables for the app's frames and the innermost one: the frames of a framework
        # hold large request objects whose reprs cost more than they tell.
        if captured.locals is not None and (frame["in_app"] or innermost):
            frame["vars"] = {
                name: SCRUBBED if self.scrubber.is_secret(name) else self._safe_repr(value)
                for name, value in _interesting(captured)
            }
        return frame

    def _safe_repr(self, value: Any) -> str:
        try:
            text = self._repr.repr(value)
        except Exception:
            text = f"<{type(value).__name__} (repr failed)>"
        return self.scrubber.text(text)

    def _sentry_request(self, request: RequestData) -> dict[str, Any]:
        body = self.scrubber.body(request.body, request.content_type,
                                  complete=request.body_complete)
        data: Any = body["text"]
        if body["encoding"] == "json":
            data = json.loads(body["text"])
        return {
            "method": request.method,
            "url": request.url,
            "query_string": self.scrubber.query(request.query_string),
            "headers": self._headers(request),
            "data": data,
        }

    def _headers(self, request: RequestData) -> dict[str, str]:
        return self.scrubber.headers(request.headers)

    # -- the replay snapshot ------------------------------------------------------------

    def _encode(self, name: str, value: Any) -> Any:
        if self.scrubber.is_secret(name):
            return {"$type": "scrubbed"}
        return self._scrub_strings(encode_value(value, _SNAPSHOT_LIMITS, self.scrubber.is_secret))

    def _scrub_strings(self, encoded: Any) -> Any:
        """The encoder scrubs by name; this removes the secrets it cannot see by name:
        in text (``token=...``), in bytes (a raw query string or header value), and in
        ``(name, value)`` pairs such as ASGI headers or a ``QueryParams`` list."""
        if isinstance(encoded, str):
            return self.scrubber.text(encoded)
        if isinstance(encoded, list):
            return self._scrub_items(encoded)
        if isinstance(encoded, dict):
            kind = encoded.get("$type")
            if kind == "bytes":
                return self._scrub_bytes(encoded)
            if kind in ("tuple", "set", "frozenset") and isinstance(encoded.get("items"), list):
                return {**encoded, "items": self._scrub_items(encoded["items"])}
            return {key: value if key in ("$type", "class") else self._scrub_strings(value)
                    for key, value in encoded.items()}
        return encoded

    def _scrub_items(self, items: list[Any]) -> list[Any]:
        if len(items) == 2:
            name = _as_text(items[0])
            if name is not None and self.scrubber.is_secret(name):
                return [self._scrub_strings(items[0]), {"$type": "scrubbed"}]
        return [self._scrub_strings(item) for item in items]

    def _scrub_bytes(self, encoded: dict[str, Any]) -> dict[str, Any]:
        text = _as_text(encoded)
        if text is None:
            return encoded
        clean = self.scrubber.text(text)
        if clean == text:
            return encoded
        return {"$type": "bytes", "base64": base64.b64encode(clean.encode()).decode("ascii")}

    def _replay(self, primary: CapturedException, captured: CapturedError) -> dict[str, Any]:
        frames = []
        for item in primary.frames:
            code = item.frame.f_code
            module = str(item.frame.f_globals.get("__name__", ""))
            if item.locals is None or not self.in_app(module, code.co_filename):
                continue
            arguments, kinds = _signature(code)
            frames.append({
                "module": module,
                "function": code.co_name,
                "qualname": code.co_qualname,
                "filename": _relative_filename(code.co_filename),
                "abs_path": code.co_filename,
                "lineno": item.lineno,
                "arguments": arguments,
                "argument_kinds": kinds,
                "locals": {name: self._encode(name, value)
                           for name, value in _interesting(item)},
            })
        replay: dict[str, Any] = {
            "type": CONTEXT_KEY,
            "version": VERSION,
            "phase": captured.phase,
            "request": self._replay_request(captured.request) if captured.request else None,
            "task": self._replay_task(captured.task) if captured.task else None,
            "frames": frames[-_MAX_REPLAY_FRAMES:],
        }
        return replay

    def _replay_request(self, request: RequestData) -> dict[str, Any]:
        return {
            "framework": request.framework,
            "method": request.method,
            "route": request.route,
            "path": request.path,
            "query_string": self.scrubber.query(request.query_string),
            "headers": self._headers(request),
            "body": self.scrubber.body(request.body, request.content_type,
                                       complete=request.body_complete),
            "path_params": {k: self._encode(k, v) for k, v in request.path_params.items()},
        }

    def _replay_task(self, task: dict[str, Any]) -> dict[str, Any]:
        args = task.get("args") or ()
        kwargs = task.get("kwargs") or {}
        out: dict[str, Any] = {
            "name": task.get("name"),
            "args": [self._scrub_strings(encode_value(a, _SNAPSHOT_LIMITS,
                                                      self.scrubber.is_secret))
                     for a in args],
            "kwargs": {k: self._encode(str(k), v) for k, v in dict(kwargs).items()},
        }
        for key in ("kind", "id"):
            if key in task:
                out[key] = task[key]
        return out


def _size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), default=str))


_TOO_BIG = {"$type": "truncated", "reason": "size"}


def fit(event: dict[str, Any], limit: int = MAX_EVENT_BYTES) -> dict[str, Any]:
    """Shrink an event the server would refuse as too large, least useful parts first.

    Each value is bounded already, but many large locals can still add up. What goes
    first: the locals of the replay frames furthest from the crash, then the largest
    locals of the crash frame itself (each marked ``truncated``, so the fix engine knows
    it cannot replay with them), then ``vars`` of outer frames, then the request body.
    """
    if _size(event) <= limit:
        return event
    replay = event["contexts"][CONTEXT_KEY]
    frames = replay["frames"]
    for frame in frames[:-1]:
        frame["locals"] = {name: _TOO_BIG for name in frame["locals"]}
        if _size(event) <= limit:
            return event
    if frames:
        crash_locals = frames[-1]["locals"]
        for name in sorted(crash_locals, key=lambda n: _size(crash_locals[n]), reverse=True):
            crash_locals[name] = _TOO_BIG
            if _size(event) <= limit:
                return event
    for value in event["exception"]["values"]:
        for frame in value["stacktrace"]["frames"][:-1]:
            frame.pop("vars", None)
        if _size(event) <= limit:
            return event
    request = replay.get("request")
    if request is not None:
        request["body"] = {**request["body"], "encoding": "omitted", "text": None}
        event.get("request", {}).pop("data", None)
    return event


def _as_text(encoded: Any) -> str | None:
    """A snapshot string, or the UTF-8 text of snapshot bytes; else None."""
    if isinstance(encoded, str):
        return encoded
    if isinstance(encoded, dict) and encoded.get("$type") == "bytes":
        try:
            return base64.b64decode(encoded.get("base64", "")).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
    return None


def _interesting(frame: CapturedFrame) -> list[tuple[str, Any]]:
    """A frame's variables worth sending: not a module's globals, not dunder names."""
    if frame.locals is None or frame.frame.f_code.co_name == "<module>":
        return []
    names = [(k, v) for k, v in frame.locals.items()
             if not (k.startswith("__") and k.endswith("__"))]
    return names[:_MAX_VARS]


def _safe_str(value: BaseException) -> str:
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"

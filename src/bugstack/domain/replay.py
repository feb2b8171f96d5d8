"""The replay snapshot: values captured at a crash, in a form that can be rebuilt.

Sentry events carry local variables as ``repr`` strings, which a person can read but a
program cannot call a function with. bugstack's SDK adds a structured snapshot of the
crash's in-app frames beside those standard fields, in one documented place::

    event["contexts"]["bugstack_replay"] = {
        "type": "bugstack_replay",            # so Sentry-compatible readers show it as a context
        "version": 1,
        "phase": "request" | "startup" | "shutdown" | "task" | "thread" | "script" | "log",
        "request": {method, route, path, query_string, headers, body, framework} | None,
        "task": {name, args, kwargs} | None,  # Celery and similar
        "frames": [ {"module", "function", "filename", "lineno",
                     "arguments": [names of the function's parameters, in order],
                     "locals": {name: <value>}} ],   # in-app frames, outermost first
    }

What the Python SDK puts in each part (all scrubbed of secrets before sending):

- ``request``: ``framework`` (``fastapi``, ``starlette``, ``flask``, ``django``, ``asgi``,
  ``wsgi``); ``route`` is the framework's template (``/orders/{id}``) or None;
  ``query_string`` is the raw query; ``headers`` a ``{name: value}`` dict;
  ``path_params`` a ``{name: <value>}`` dict; ``body`` is
  ``{"encoding": "json" | "form" | "text" | "omitted", "text": str | None,
  "content_type", "size": bytes received, "complete": bool}``: ``text`` is what to send
  again, None when ``omitted`` (multipart, binary, larger than the limit, or not read
  whole by the app).
- ``task``: ``kind`` (``celery``, ``background`` for Starlette background tasks,
  ``asyncio``), ``name`` (Celery's task name, ``module:qualname`` of a background
  function, or a coroutine's qualname), ``args``: [<value>], ``kwargs``: {name: <value>},
  and ``id`` for Celery.
- each frame also has ``qualname``, ``abs_path`` and ``argument_kinds``
  (``{name: "positional_only" | "positional_or_keyword" | "var_positional" |
  "keyword_only" | "var_keyword"}``); ``arguments`` is in signature order, and a
  module-level frame has no ``locals``.

``<value>`` is JSON: ``None``, booleans, ints, finite floats and strings stand for
themselves, a JSON list is a Python list, and every other value is an object tagged by
``"$type"``:

=============  ==============================================================
``$type``      other keys
=============  ==============================================================
dict           ``items``: list of ``[key, value]`` pairs (keys need not be str)
tuple, set,    ``items``: list of values
frozenset
float          ``repr``: ``"nan"``, ``"inf"`` or ``"-inf"``
bytes          ``base64``
datetime,      ``iso``: ISO 8601 text (a datetime keeps its offset, or none if naive)
date, time
timedelta      ``seconds``
decimal, uuid  ``text``
enum           ``class`` (``module:Qualname``), ``value``
dataclass      ``class``, ``fields``: {name: value}
pydantic       ``class``, ``fields``: {name: value} (rebuilt through the model)
object         ``class``, ``attrs``: {name: value} (rebuilt without calling __init__)
repr           ``class``, ``repr``: a value that cannot be rebuilt (a socket, a lock)
scrubbed       the value was a secret and never left the process
truncated      ``reason``: ``depth`` | ``size`` | ``cycle``
=============  ==============================================================

Encoding is bounded in depth, in items per container, in string length and in the total
number of values, so one huge local cannot make an event huge.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import enum
import importlib
import math
import uuid
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "CONTEXT_KEY",
    "Limits",
    "ReplayDecodeError",
    "decode_value",
    "encode_value",
    "qualified_class_name",
]

CONTEXT_KEY = "bugstack_replay"
VERSION = 1

_SCALARS = (str, int, float, bool, type(None))


@dataclasses.dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int = 6
    max_items: int = 50
    max_string: int = 1024
    max_values: int = 2000


class ReplayDecodeError(ValueError):
    """A snapshot value could not be rebuilt into a Python object."""


def qualified_class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


class _Encoder:
    __slots__ = ("budget", "is_secret", "limits", "seen")

    def __init__(self, limits: Limits, is_secret: Callable[[str], bool]) -> None:
        self.limits = limits
        self.is_secret = is_secret
        self.budget = limits.max_values
        self.seen: set[int] = set()

    def encode(self, value: Any, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            return {"$type": "truncated", "reason": "size"}
        if isinstance(value, str):
            return value[: self.limits.max_string]
        if value is None or isinstance(value, bool | int):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else {"$type": "float", "repr": repr(value)}
        if depth >= self.limits.max_depth:
            return {"$type": "truncated", "reason": "depth"}
        if id(value) in self.seen:
            return {"$type": "truncated", "reason": "cycle"}
        self.seen.add(id(value))
        try:
            return self._encode_composite(value, depth + 1)
        except Exception:  # a hostile __repr__ or property must not lose the whole event
            return {"$type": "repr", "class": _safe_class(value), "repr": "<unreadable>"}
        finally:
            self.seen.discard(id(value))

    def _fields(self, pairs: Any, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for count, (name, item) in enumerate(pairs):
            if count >= self.limits.max_items:
                out["$truncated"] = {"$type": "truncated", "reason": "size"}
                break
            key = str(name)
            out[key] = {"$type": "scrubbed"} if self.is_secret(key) else self.encode(item, depth)
        return out

    def _items(self, values: Any, depth: int) -> list[Any]:
        out = []
        for count, item in enumerate(values):
            if count >= self.limits.max_items:
                out.append({"$type": "truncated", "reason": "size"})
                break
            out.append(self.encode(item, depth))
        return out

    def _encode_composite(self, value: Any, depth: int) -> Any:
        cls = type(value)
        if isinstance(value, dict):
            items = []
            for count, (key, item) in enumerate(value.items()):
                if count >= self.limits.max_items:
                    items.append(["$truncated", {"$type": "truncated", "reason": "size"}])
                    break
                secret = isinstance(key, str) and self.is_secret(key)
                encoded_item = {"$type": "scrubbed"} if secret else self.encode(item, depth)
                items.append([self.encode(key, depth), encoded_item])
            return {"$type": "dict", "items": items}
        if cls is list:
            return self._items(value, depth)
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            return {"$type": "tuple", "items": self._items(value, depth)}
        if isinstance(value, set | frozenset):
            kind = "frozenset" if isinstance(value, frozenset) else "set"
            return {"$type": kind, "items": self._items(value, depth)}
        if isinstance(value, bytes | bytearray):
            data = bytes(value[: self.limits.max_string])
            return {"$type": "bytes", "base64": base64.b64encode(data).decode("ascii")}
        if isinstance(value, enum.Enum):
            return {
                "$type": "enum",
                "class": qualified_class_name(cls),
                "value": self.encode(value.value, depth),
            }
        if isinstance(value, dt.datetime | dt.date | dt.time):
            kind = {dt.datetime: "datetime", dt.date: "date", dt.time: "time"}[
                next(k for k in (dt.datetime, dt.date, dt.time) if isinstance(value, k))
            ]
            return {"$type": kind, "iso": value.isoformat()}
        if isinstance(value, dt.timedelta):
            return {"$type": "timedelta", "seconds": value.total_seconds()}
        if isinstance(value, decimal.Decimal | uuid.UUID):
            return {"$type": "decimal" if isinstance(value, decimal.Decimal) else "uuid",
                    "text": str(value)}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            pairs = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
            return {"$type": "dataclass", "class": qualified_class_name(cls),
                    "fields": self._fields(pairs, depth)}
        model_fields = getattr(cls, "model_fields", None)
        if isinstance(model_fields, dict) and hasattr(value, "model_dump"):
            pairs = ((name, getattr(value, name, None)) for name in model_fields)
            return {"$type": "pydantic", "class": qualified_class_name(cls),
                    "fields": self._fields(pairs, depth)}
        if hasattr(value, "_fields") and isinstance(value, tuple):  # namedtuple
            return {"$type": "object", "class": qualified_class_name(cls),
                    "attrs": self._fields(zip(value._fields, value, strict=False), depth),  # type: ignore[attr-defined]
                    "namedtuple": True}
        attrs = getattr(value, "__dict__", None)
        if isinstance(attrs, dict) and not callable(value) and cls.__module__ != "builtins":
            return {"$type": "object", "class": qualified_class_name(cls),
                    "attrs": self._fields(list(attrs.items()), depth)}
        return {"$type": "repr", "class": _safe_class(value),
                "repr": _safe_repr(value)[: self.limits.max_string]}


def _safe_class(value: Any) -> str:
    try:
        return qualified_class_name(type(value))
    except Exception:
        return "builtins:object"


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception:
        return "<unrepresentable>"


def _never_secret(_: str) -> bool:
    return False


def encode_value(
    value: Any,
    limits: Limits | None = None,
    is_secret: Callable[[str], bool] = _never_secret,
) -> Any:
    """Encode ``value`` as snapshot JSON. Never raises."""
    return _Encoder(limits or Limits(), is_secret).encode(value, 0)


def _load_class(path: str) -> Any:
    module_name, _, qualname = path.partition(":")
    try:
        obj: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise ReplayDecodeError(f"cannot import {path}: {exc}") from exc
    return obj


_DECODERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "float": lambda v: float(v["repr"]),
    "bytes": lambda v: base64.b64decode(v["base64"]),
    "datetime": lambda v: dt.datetime.fromisoformat(v["iso"]),
    "date": lambda v: dt.date.fromisoformat(v["iso"]),
    "time": lambda v: dt.time.fromisoformat(v["iso"]),
    "timedelta": lambda v: dt.timedelta(seconds=v["seconds"]),
    "decimal": lambda v: decimal.Decimal(v["text"]),
    "uuid": lambda v: uuid.UUID(v["text"]),
    "scrubbed": lambda v: "[scrubbed]",
}


def decode_value(data: Any) -> Any:
    """Rebuild a Python value from snapshot JSON, importing the classes it names.

    Raises :class:`ReplayDecodeError` for values that cannot be rebuilt (``repr`` and
    ``truncated``), so a caller never replays a call with silently different inputs.
    """
    if data is None or isinstance(data, str | int | float | bool):
        return data
    if isinstance(data, list):
        return [decode_value(item) for item in data]
    if not isinstance(data, dict) or "$type" not in data:
        raise ReplayDecodeError(f"not a snapshot value: {data!r:.80}")
    kind = data["$type"]
    if kind in _DECODERS:
        return _DECODERS[kind](data)
    if kind == "dict":
        return {decode_value(k): decode_value(v) for k, v in data["items"]}
    if kind in ("tuple", "set", "frozenset"):
        items = [decode_value(item) for item in data["items"]]
        return {"tuple": tuple, "set": set, "frozenset": frozenset}[kind](items)
    if kind == "enum":
        return _load_class(data["class"])(decode_value(data["value"]))
    if kind in ("dataclass", "pydantic"):
        cls = _load_class(data["class"])
        fields = {k: decode_value(v) for k, v in data["fields"].items()}
        if kind == "dataclass":
            init_fields = {f.name for f in dataclasses.fields(cls) if f.init}
            obj = cls(**{k: v for k, v in fields.items() if k in init_fields})
            for k, v in fields.items():
                if k not in init_fields:
                    object.__setattr__(obj, k, v)
            return obj
        return cls.model_validate(fields)
    if kind == "object":
        cls = _load_class(data["class"])
        attrs = {k: decode_value(v) for k, v in data["attrs"].items()}
        if data.get("namedtuple"):
            return cls(**attrs)
        obj = cls.__new__(cls)
        obj.__dict__.update(attrs)
        return obj
    raise ReplayDecodeError(f"a {kind} value cannot be rebuilt")

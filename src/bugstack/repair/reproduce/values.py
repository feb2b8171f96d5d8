"""Captured values rendered as Python source, so a generated test shows its inputs plainly.

Two sources of values: bugstack's replay snapshot (structured, see
:mod:`bugstack.domain.replay`) and sentry-sdk's ``vars``, which are ``repr`` strings.
A repr is accepted only when it parses as a plain expression (literals, containers, and
calls of names such as a dataclass's ``Order(id=3, items=[])``); the names it uses are
imported from the module whose frame it came from, as evaluating it there would.
"""

from __future__ import annotations

import ast
import builtins
import math
import re
import sys
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Rendered", "Unrenderable", "render_repr", "render_snapshot"]

_REBUILD_HELPER = (
    "def _rebuild(cls, attrs):\n"
    "    # The captured object is rebuilt as it was, without running its __init__.\n"
    "    obj = cls.__new__(cls)\n"
    "    obj.__dict__.update(attrs)\n"
    "    return obj\n"
)


class Unrenderable(ValueError):
    """The value cannot be turned into source that rebuilds it faithfully."""


@dataclass(slots=True)
class Rendered:
    source: str
    imports: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)


def _import_for(class_path: str, imports: set[str]) -> str:
    module, _, qualname = class_path.partition(":")
    if not module or not qualname:
        raise Unrenderable(f"bad class path {class_path!r}")
    top, _, rest = qualname.partition(".")
    imports.add(f"from {module} import {top}")
    return f"{top}.{rest}" if rest else top


def _snapshot(value: Any, out: Rendered) -> str:
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if value is None or isinstance(value, str | int | bool):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_snapshot(v, out) for v in value) + "]"
    if not isinstance(value, dict) or "$type" not in value:
        raise Unrenderable(f"not a snapshot value: {value!r:.60}")
    kind = value["$type"]
    if kind == "dict":
        pairs = (f"{_snapshot(k, out)}: {_snapshot(v, out)}" for k, v in value["items"])
        return "{" + ", ".join(pairs) + "}"
    if kind == "tuple":
        items = [_snapshot(v, out) for v in value["items"]]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if kind in ("set", "frozenset"):
        items = [_snapshot(v, out) for v in value["items"]]
        return f"{kind}([{', '.join(items)}])"
    if kind == "float":
        return f"float({value['repr']!r})"
    if kind == "bytes":
        import base64

        return repr(base64.b64decode(value["base64"]))
    if kind in ("datetime", "date", "time"):
        out.imports.add("import datetime")
        return f"datetime.{kind}.fromisoformat({value['iso']!r})"
    if kind == "timedelta":
        out.imports.add("import datetime")
        return f"datetime.timedelta(seconds={value['seconds']!r})"
    if kind == "decimal":
        out.imports.add("import decimal")
        return f"decimal.Decimal({value['text']!r})"
    if kind == "uuid":
        out.imports.add("import uuid")
        return f"uuid.UUID({value['text']!r})"
    if kind == "enum":
        return f"{_import_for(value['class'], out.imports)}({_snapshot(value['value'], out)})"
    if kind == "dataclass":
        name = _import_for(value["class"], out.imports)
        args = ", ".join(f"{k}={_snapshot(v, out)}" for k, v in value["fields"].items())
        return f"{name}({args})"
    if kind == "pydantic":
        name = _import_for(value["class"], out.imports)
        fields = ", ".join(f"{k!r}: {_snapshot(v, out)}" for k, v in value["fields"].items())
        return f"{name}.model_validate({{{fields}}})"
    if kind == "object":
        name = _import_for(value["class"], out.imports)
        if value.get("namedtuple"):
            args = ", ".join(f"{k}={_snapshot(v, out)}" for k, v in value["attrs"].items())
            return f"{name}({args})"
        attrs = ", ".join(f"{k!r}: {_snapshot(v, out)}" for k, v in value["attrs"].items())
        out.helpers.add(_REBUILD_HELPER)
        return f"_rebuild({name}, {{{attrs}}})"
    if kind == "scrubbed":
        return repr("[scrubbed]")
    raise Unrenderable(f"a {kind} value was not captured in full")


def render_snapshot(value: Any) -> Rendered:
    """Source for a replay-snapshot value; raises :class:`Unrenderable` for partial ones."""
    out = Rendered(source="")
    try:
        out.source = _snapshot(value, out)
    except (KeyError, TypeError, AttributeError) as exc:
        raise Unrenderable(f"malformed snapshot value: {exc}") from exc
    return out


_ALLOWED_NODES = (
    ast.Expression, ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.Name, ast.Load,
    ast.Attribute, ast.Call, ast.keyword, ast.UnaryOp, ast.USub, ast.UAdd,
)


#: Objects whose repr says only what they are, and that a fresh one stands in for well:
#: a buffer the crashing code writes to.
_FRESH = {
    "_io.StringIO": ("import io", "io.StringIO()"),
    "_io.BytesIO": ("import io", "io.BytesIO()"),
}
#: Standard-library classes whose repr is their bare name (``PosixPath('/srv/x')``).
_BARE_STDLIB = {"PosixPath": "pathlib", "PurePosixPath": "pathlib", "WindowsPath": "pathlib",
                "Decimal": "decimal", "UUID": "uuid", "Fraction": "fractions",
                "OrderedDict": "collections", "defaultdict": "collections",
                "Counter": "collections", "deque": "collections"}
_OBJECT_REPR = re.compile(r"^<([\w.]+) object at 0x[0-9a-f]+>$")


def render_repr(text: Any, module: str) -> Rendered:
    """Source for a sentry-sdk ``vars`` repr, evaluated as if in ``module``."""
    if isinstance(text, str):
        fresh = _OBJECT_REPR.match(text.strip())
        if fresh and fresh.group(1) in _FRESH:
            import_line, source = _FRESH[fresh.group(1)]
            return Rendered(source=source, imports={import_line})
    if not isinstance(text, str):
        # sentry-sdk sends containers of reprs as JSON containers.
        if isinstance(text, list):
            parts = [render_repr(item, module) for item in text]
            merged = Rendered(source="[" + ", ".join(p.source for p in parts) + "]")
            for part in parts:
                merged.imports |= part.imports
            return merged
        if isinstance(text, dict):
            rendered = {k: render_repr(v, module) for k, v in text.items()}
            merged = Rendered(
                source="{" + ", ".join(f"{k!r}: {v.source}" for k, v in rendered.items()) + "}"
            )
            for part in rendered.values():
                merged.imports |= part.imports
            return merged
        raise Unrenderable(f"unexpected captured value {text!r:.60}")
    if "[Filtered]" in text:
        raise Unrenderable("sentry-sdk scrubbed the value")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise Unrenderable(f"{text[:60]!r} is not Python") from exc
    out = Rendered(source=text.strip())
    # ``datetime.datetime(...)``: reprs qualify standard-library types by their module.
    qualified = {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                 and isinstance(n.value, ast.Name) and n.value.id in sys.stdlib_module_names}
    out.imports |= {f"import {name}" for name in qualified}
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise Unrenderable(f"{text[:60]!r} is not a plain value")
        if isinstance(node, ast.Constant) and node.value is Ellipsis:
            raise Unrenderable(f"{text[:60]!r} was truncated")
        if (isinstance(node, ast.Name) and not hasattr(builtins, node.id)
                and node.id not in qualified):
            home = _BARE_STDLIB.get(node.id, module)
            out.imports.add(f"from {home} import {node.id}")
    return out

"""An open file a call read line by line, rebuilt from the line it crashed on.

A function given ``<_io.TextIOWrapper name='/tmp/x/clicks.jsonl' mode='r'
encoding='utf-8'>`` cannot be called again in the sandbox: the handle was production's,
and sentry-sdk sends only its repr. When the function reads that handle one line at a time
(``for line in lines``, ``for n, line in enumerate(lines, start=1)``) and the frame
captured the line it was on (``line = '\\n'``), that line is the file as far as the crash
goes: the call is given an in-memory file holding just it (``io.StringIO('\\n')``, or
``io.BytesIO`` for a handle opened in binary mode).

A handle read whole, once (``header, *lines = stream.read().splitlines()``, ``text =
stream.read()``), is rebuilt the same way from what that statement captured: the text, or
its lines joined again. Not when the function rebinds or mutates those names afterwards
(the frame then holds something else than what was read), nor from a list as long as
sentry-sdk's limit (it may have been cut). An ``io.StringIO`` the caller built
(``<_io.StringIO object at 0x...>``) stands for its text the same way.

Nothing is made up: a handle the function also reads otherwise (``.read()``, ``.seek()``,
passing it on), a loop whose line was not captured or was cut short by sentry-sdk (its repr
no longer parses), or a captured value that is not text (bytes for a binary handle) gets no
file, and the call is rendered as before. The reproduction check then says whether the one
line was enough.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping

__all__ = ["is_generator", "read_lines_source"]

_HANDLE_REPR = re.compile(
    r"^<_io\.(?P<kind>TextIOWrapper|BufferedReader) name='[^']*' mode='(?P<mode>[rb]+)'"
    r"(?: encoding='[^']*')?>$")
_MEMORY_REPR = re.compile(r"^<_io\.(?P<kind>StringIO|BytesIO) object at 0x[0-9a-f]+>$")


def _literal(raw: object) -> object:
    """A captured local as a value (a list comes as a list of reprs); None when any part
    does not parse, e.g. a text sentry-sdk cut short."""
    try:
        if isinstance(raw, list):
            return [ast.literal_eval(item) if isinstance(item, str) else None for item in raw]
        return ast.literal_eval(raw) if isinstance(raw, str) else None
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _read_call(value: ast.expr, name: str) -> tuple[bool, bool]:
    """(is ``name.read()``, then split into lines) for the right side of an assignment."""
    split = isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
        and value.func.attr == "splitlines" and not value.args and not value.keywords
    if split:
        assert isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
        value = value.func.value
    read = isinstance(value, ast.Call) and not value.args and not value.keywords \
        and ast.unparse(value.func) == f"{name}.read"
    return read, split


def _captured_parts(target: ast.expr, split: bool,
                    frame_vars: Mapping[str, object]) -> list[object] | None:
    """What the assignment's names captured, as the pieces of the text in order."""
    if isinstance(target, ast.Name):
        found = _literal(frame_vars.get(target.id))
        if isinstance(found, list) and len(found) >= _SDK_LIST_LIMIT:
            return None
        return (found if isinstance(found, list) else None) if split else [found]
    if not split or not isinstance(target, ast.Tuple):
        return None
    parts: list[object] = []
    for element in target.elts:
        starred = isinstance(element, ast.Starred)
        held = element.value if isinstance(element, ast.Starred) else element
        if not isinstance(held, ast.Name):
            return None
        found = _literal(frame_vars.get(held.id))
        if starred and (not isinstance(found, list) or len(found) >= _SDK_LIST_LIMIT):
            return None
        parts += found if isinstance(found, list) and starred else [found]
    return parts


#: sentry-sdk sends at most this many items of a list: a list this long may have been cut.
_SDK_LIST_LIMIT = 10
_MUTATORS = ("append", "extend", "insert", "pop", "remove", "sort", "reverse", "clear")


def _changed_after(node: ast.AST, read: ast.stmt, names: set[str]) -> bool:
    """Whether the function rebinds or mutates any of ``names`` apart from the read."""
    for other in ast.walk(node):
        if other is read:
            continue
        if isinstance(other, ast.Name) and other.id in names \
                and isinstance(other.ctx, ast.Store | ast.Del) \
                and not any(other is t for t in ast.walk(read)):
            return True
        if isinstance(other, ast.Call) and isinstance(other.func, ast.Attribute) \
                and other.func.attr in _MUTATORS and isinstance(other.func.value, ast.Name) \
                and other.func.value.id in names:
            return True
        if isinstance(other, ast.Subscript) and isinstance(other.ctx, ast.Store | ast.Del) \
                and isinstance(other.value, ast.Name) and other.value.id in names:
            return True
        # Handed on or aliased (``_drop_header(rows)``, ``rest = rows``): it may be changed
        # where this function cannot see.
        if isinstance(other, ast.Call) and not (isinstance(other.func, ast.Name)
                                                and other.func.id in _READ_ONLY) and any(
                isinstance(a, ast.Name) and a.id in names for a in other.args):
            return True
        if isinstance(other, ast.Assign) and isinstance(other.value, ast.Name) \
                and other.value.id in names:
            return True
    return False


#: Built-ins that read a list without changing it.
_READ_ONLY = ("len", "enumerate", "iter", "list", "tuple", "sorted", "reversed", "zip",
              "set", "frozenset", "any", "all", "sum", "min", "max", "str", "repr", "print",
              "isinstance", "bool")


def _read_whole(node: ast.AST, name: str, frame_vars: Mapping[str, object],
                binary: bool) -> str | bytes | None:
    """The handle's text, when the function reads ``name`` only by one ``name.read()``
    whose result, or its ``splitlines()``, the frame captured in full."""
    uses = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == name]
    if len(uses) != 1:
        return None
    for statement in ast.walk(node):
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
            continue
        read, split = _read_call(statement.value, name)
        if not read:
            continue
        targets = {n.id for n in ast.walk(statement.targets[0]) if isinstance(n, ast.Name)}
        if _changed_after(node, statement, targets):
            return None  # what the frame captured is no longer what was read
        parts = _captured_parts(statement.targets[0], split, frame_vars)
        if parts is None:
            return None
        if binary:
            pieces = [p for p in parts if isinstance(p, bytes)]
            if len(pieces) != len(parts):
                return None
            return b"".join(p + b"\n" for p in pieces) if split else pieces[0]
        lines = [p for p in parts if isinstance(p, str)]
        if len(lines) != len(parts):
            return None
        return "".join(line + "\n" for line in lines) if split else lines[0]
    return None


def _line_iterated(node: ast.AST, name: str) -> str | None:
    """The loop variable that holds one line of ``name`` at a time, when the function reads
    ``name`` by nothing but one such loop."""
    uses = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == name]
    loops = [loop for loop in ast.walk(node) if isinstance(loop, ast.For | ast.AsyncFor)]
    found: list[tuple[ast.For | ast.AsyncFor, str]] = []
    for loop in loops:
        target, source = loop.target, loop.iter
        if isinstance(source, ast.Call) and ast.unparse(source.func) == "enumerate" \
                and source.args and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            source, target = source.args[0], target.elts[1]
        if isinstance(source, ast.Name) and source.id == name and isinstance(target, ast.Name):
            found.append((loop, target.id))
    if len(found) != 1 or len(uses) != 1:
        return None  # read some other way as well: one line would not stand for the file
    return found[0][1]


def read_lines_source(node: ast.AST, name: str, captured: str,
                      frame_vars: Mapping[str, object]) -> tuple[str, str] | None:
    """``(import, source)`` of an in-memory file holding the captured line, for a handle
    argument ``name`` whose repr is ``captured``; None when that is not what it was."""
    handle = _HANDLE_REPR.match(captured.strip())
    memory = _MEMORY_REPR.match(captured.strip())
    if handle is not None and not set(handle.group("mode")) - {"r", "b"}:
        binary = "b" in handle.group("mode")
    elif memory is not None:
        binary = memory.group("kind") == "BytesIO"
    else:
        return None
    variable = _line_iterated(node, name)
    text = _literal(frame_vars.get(variable)) if variable else _read_whole(
        node, name, frame_vars, binary)
    if not isinstance(text, bytes if binary else str):
        return None  # not a line (or the text) of this handle
    return "import io", f"io.{'BytesIO' if binary else 'StringIO'}({text!r})"


def is_generator(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether calling the function only builds a generator: the body runs, and the crash
    happens, when the result is iterated."""
    stack: list[ast.AST] = list(node.body)
    while stack:
        child = stack.pop()
        if isinstance(child, ast.Yield | ast.YieldFrom):
            return True
        if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                          | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(child))
    return False

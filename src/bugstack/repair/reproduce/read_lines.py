"""An open file a call read line by line, rebuilt from the line it crashed on.

A function given ``<_io.TextIOWrapper name='/tmp/x/clicks.jsonl' mode='r'
encoding='utf-8'>`` cannot be called again in the sandbox: the handle was production's,
and sentry-sdk sends only its repr. When the function reads that handle one line at a time
(``for line in lines``, ``for n, line in enumerate(lines, start=1)``) and the frame
captured the line it was on (``line = '\\n'``), that line is the file as far as the crash
goes: the call is given an in-memory file holding just it (``io.StringIO('\\n')``, or
``io.BytesIO`` for a handle opened in binary mode).

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
    if handle is None or set(handle.group("mode")) - {"r", "b"}:
        return None
    variable = _line_iterated(node, name)
    raw = frame_vars.get(variable) if variable else None
    if not isinstance(raw, str):
        return None
    try:
        line = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return None
    binary = "b" in handle.group("mode")
    if not isinstance(line, bytes if binary else str):
        return None  # not a line of this handle
    return "import io", f"io.{'BytesIO' if binary else 'StringIO'}({line!r})"


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

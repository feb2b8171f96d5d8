"""A file a call only writes, given a fresh place of the same name.

A function given ``PosixPath('/tmp/tmpvsirj3zt/mailing.csv')`` that opens it for writing
cannot be called again in the sandbox as it was: the directory was production's, so the
call fails with a ``FileNotFoundError`` before it reaches the line that crashed (and were
the directory there, the sandbox would write into a path that is not its own). What the
file held before does not matter to a call that truncates or creates it, so the call is
given a path of the same name in a fresh temporary directory: nothing is made up.

Only a parameter the function uses for nothing but writing qualifies: ``open(name, "w")``,
``name.open("w")``, ``name.write_text(...)``, ``name.write_bytes(...)``. A path it also
reads, appends to, checks, passes on or rebinds is rendered as before.
"""

from __future__ import annotations

import ast
import re

__all__ = ["output_file_lines"]

_PATH_REPR = re.compile(r"^(?:pathlib\.)?(?:Posix)?Path\('(?P<path>/[^']*[^'/])'\)$")
_TEXT_PATH = re.compile(r"^'(?P<path>/[^']*[^'/])'$")
_WRITERS = ("write_text", "write_bytes")


def _write_mode(call: ast.Call, position: int) -> bool:
    """The call's mode (its ``position``-th argument or ``mode=``) truncates or creates."""
    modes = [k.value for k in call.keywords if k.arg == "mode"]
    if len(call.args) > position:
        modes.append(call.args[position])
    if len(modes) != 1 or not isinstance(modes[0], ast.Constant):
        return False  # no mode means "r"; a computed one says nothing
    mode = modes[0].value
    return (isinstance(mode, str) and bool(mode) and set(mode) <= set("wxbt+")
            and bool(set(mode) & {"w", "x"}))


def _only_written(node: ast.AST, name: str) -> bool:
    """Every use of ``name`` in the function writes the file from scratch."""
    parents = {id(child): parent for parent in ast.walk(node)
               for child in ast.iter_child_nodes(parent)}
    uses = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == name]
    if not uses:
        return False
    for use in uses:
        if not isinstance(use.ctx, ast.Load):
            return False
        parent = parents.get(id(use))
        if isinstance(parent, ast.Attribute):
            call = parents.get(id(parent))
            if not isinstance(call, ast.Call) or call.func is not parent:
                return False
            if parent.attr == "open" and _write_mode(call, 0):
                continue
            if parent.attr in _WRITERS:
                continue
            return False
        if (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
                and parent.func.id == "open" and parent.args and parent.args[0] is use
                and _write_mode(parent, 1)):
            continue
        return False
    return True


def output_file_lines(node: ast.AST, name: str, source: str) -> list[str] | None:
    """Statements that bind ``name`` to a fresh path of the same file name; None when the
    argument is not a path the function only writes."""
    path = _PATH_REPR.match(source.strip())
    text = _TEXT_PATH.match(source.strip()) if path is None else None
    found = path or text
    if found is None or not _only_written(node, name):
        return None
    file_name = found.group("path").rsplit("/", 1)[-1]
    fresh = f"pathlib.Path(tempfile.mkdtemp()) / {file_name!r}"
    return [f"{name} = {fresh}" if path is not None else f"{name} = str({fresh})"]

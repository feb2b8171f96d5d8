"""Who else calls a sync wrapper that a recipe would turn into ``async def``.

Making ``def convert(...)`` async is only right when every caller can await it. The
recipe in :mod:`bugstack.guides.sync_to_async` sees the calls in the wrapper's own
file; this module answers for the rest: a reference that is not a call awaited from an
``async def`` (a callback, a lambda, ``__all__``), and other files of the repository that
name the wrapper (an import, ``module.convert``, a ``mock.patch`` target). Any of them
means the wrapper has callers the rewrite would break, so the recipe declines.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from bugstack.domain import CrashSite
from bugstack.guides.sync_to_async import rewrite_loop_runner

__all__ = [
    "awaiting_rewrite",
    "fix_wrapper_site",
    "made_async",
    "named_in_other_files",
    "python_files",
    "used_beyond_awaited_calls",
]

# Directories holding installed or generated code, not the app's.
_SKIPPED_DIRS = {"node_modules", "__pycache__", "site-packages", "venv", "env", "build",
                 "dist"}
_MAX_FILES = 5000


def made_async(before: str, after: str) -> list[str]:
    """Top-level functions that are ``def`` in ``before`` and ``async def`` in ``after``."""
    def sync_names(source: str) -> set[str]:
        return {n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)}

    def async_names(source: str) -> set[str]:
        return {n.name for n in ast.parse(source).body if isinstance(n, ast.AsyncFunctionDef)}

    return sorted(sync_names(before) & async_names(after))


def used_beyond_awaited_calls(source: str, name: str) -> bool:
    """Whether ``source`` uses ``name`` other than by calling it from an ``async def``."""
    tree = ast.parse(source)
    # Listed in ``__all__``: exported for other modules, whose calls are not in sight.
    return _exported(tree, name) or next(_foreign_references(tree, name), None) is not None


def _exported(tree: ast.Module, name: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets) and any(
                isinstance(c, ast.Constant) and c.value == name for c in ast.walk(node)
            ):
                return True
    return False


def _foreign_references(node: ast.AST, name: str, scope: ast.AST | None = None,
                        callee: bool = False) -> Iterator[ast.AST]:
    """References to ``name`` that are not the callee of a call made in an async def."""
    if isinstance(node, ast.Name) and node.id == name:
        if not (callee and isinstance(scope, ast.AsyncFunctionDef)):
            yield node
        return
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        scope = node
    for child in ast.iter_child_nodes(node):
        is_callee = isinstance(node, ast.Call) and child is node.func
        yield from _foreign_references(child, name, scope, is_callee)


def named_in_other_files(files: Iterable[tuple[str, str]], path: str, name: str) -> list[str]:
    """Which of ``files`` (path, text) other than ``path`` name both ``name`` and the
    module it lives in.

    Textual on purpose: an import, ``module.name`` or a ``"pkg.module.name"`` patch
    target all count, and a false alarm only costs the recipe, never a wrong fix.
    """
    module = PurePosixPath(path).stem
    if module == "__init__":
        module = PurePosixPath(path).parent.name
    word = re.compile(rf"\b{re.escape(name)}\b")
    home = re.compile(rf"\b{re.escape(module)}\b")
    found: list[str] = []
    for rel, text in files:
        if rel != path and word.search(text) and home.search(text):
            found.append(rel)
    return found


def python_files(root: Path) -> Iterator[tuple[str, str]]:
    """The repository's own Python files (path, text), installed and hidden ones skipped."""
    seen = 0
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs
                            if not d.startswith(".") and d not in _SKIPPED_DIRS)
        for file in sorted(files):
            if not file.endswith(".py"):
                continue
            seen += 1
            if seen > _MAX_FILES:
                return
            full = Path(directory) / file
            try:
                text = full.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            yield full.relative_to(root).as_posix(), text


def awaiting_rewrite(runners: tuple[str, ...]) -> Callable[[str, int | None], str | None]:
    """The recipe's one-file rewrite: the wrapper holding one of ``runners`` becomes
    ``async def``, unless a use of it in that file could not await it."""
    def rewrite(source: str, line: int | None) -> str | None:
        new = rewrite_loop_runner(source, line, runners)
        if new is None or any(used_beyond_awaited_calls(source, name)
                              for name in made_async(source, new)):
            return None
        return new
    return rewrite


def fix_wrapper_site(site: CrashSite,
                     rewrite: Callable[[str, int | None], str | None]) -> dict[str, str]:
    """Apply a sync-to-async ``rewrite`` to the innermost frame it fits, unless some use
    of the functions it makes async could not await them.

    Shared by every recipe that turns a loop-driving wrapper into ``async def``
    (``asyncio.run``, ``run_until_complete``): the same callers break either way.
    """
    for frame in reversed(site.frames):
        new = rewrite(frame.source, frame.lineno)
        if new is None:
            continue
        names = made_async(frame.source, new)
        if any(used_beyond_awaited_calls(frame.source, name) for name in names):
            return {}
        # The whole repository when it is at hand, else the traceback's other files.
        files = list(python_files(site.root)) if site.root else list(site.sources.items())
        if any(named_in_other_files(files, frame.path, name) for name in names):
            return {}
        return {frame.path: new}
    return {}

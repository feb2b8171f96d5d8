"""Lending the workspace to the sandbox's uid, and taking it back safely.

When the server runs as root, the code runs as a uid of its own, which must own the
workspace (and the directories lent to it) to write there. Afterwards the tree is made
safe for the server to read and write again *before* it is given back: the code may have
left a symlink to ``/etc/shadow`` where a source file was, or a FIFO where the engine
expects its test report, and the server runs as root. Every step uses ``lstat``/``lchown``
so a link is never followed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["give_back", "lend", "refuse_shared", "remove_escapes"]


def _walk(root: Path) -> Iterator[str]:
    """Every path under ``root`` (itself included), without following links."""
    yield str(root)
    for directory, subdirectories, files in os.walk(root, followlinks=False):
        for name in (*subdirectories, *files):
            yield os.path.join(directory, name)


def _chown_tree(roots: Iterable[Path], uid: int, gid: int) -> None:
    for root in roots:
        for path in _walk(root):
            with contextlib.suppress(FileNotFoundError):
                os.lchown(path, uid, gid)


def refuse_shared(roots: Iterable[Path]) -> None:
    """Raise ValueError for a shared directory (``/``, or sticky like ``/tmp``): lending it
    would hand other users' files to the sandbox; it is always a caller's mistake."""
    for root in roots:
        with contextlib.suppress(FileNotFoundError):
            if root == Path("/") or root.stat().st_mode & stat.S_ISVTX:
                raise ValueError(f"{root} is shared; the sandbox runs in a directory of its own")


def lend(roots: Iterable[Path], uid: int) -> None:
    _chown_tree(roots, uid, uid)


def _escapes(path: str, root: str) -> bool:
    """Whether the link at ``path`` points (now, or after a hop) outside ``root``."""
    target = os.path.realpath(path)
    return not (target == root or target.startswith(root + os.sep))


def remove_escapes(root: Path) -> list[str]:
    """Delete what the code left under ``root`` that would make the server read or write
    elsewhere or block: links that resolve outside ``root``, FIFOs, sockets and devices.
    Returns their paths relative to ``root``."""
    removed: list[str] = []
    base = str(root.resolve())
    for path in _walk(root):
        if path == str(root):
            continue
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            hostile = _escapes(path, base)
        else:
            hostile = not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
        if hostile:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
            removed.append(os.path.relpath(path, root))
    return removed


def give_back(roots: Iterable[Path]) -> list[str]:
    """Make each tree safe (see :func:`remove_escapes`), then the server's own again."""
    roots = list(roots)
    removed = [entry for root in roots for entry in remove_escapes(root)]
    _chown_tree(roots, os.getuid(), os.getgid())
    return removed

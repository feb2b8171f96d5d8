"""A crash site built from source strings, for unit tests of one strategy.

The files are written under a root so that strategies reading the rest of the repository
(definitions of a called function, migrations) see them as they would in a workspace.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Sequence
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import Analysis, analyse

__all__ = ["crash_at"]


def crash_at(root: Path, files: dict[str, str], path: str, needle: str, exc_type: str,
             message: str, values: dict[str, object] | None = None,
             callers: Sequence[tuple[str, str, dict[str, object]]] = (),
             ) -> tuple[CrashSite, Analysis]:
    """The crash at the first line of ``files[path]`` containing ``needle``.

    ``files`` are dedented and written under ``root``; ``values`` are the frame's captured
    locals, as sentry-sdk's reprs. ``callers`` are the in-app frames above it, outermost
    first, each as (path, text on its line, captured locals).
    """
    texts = {rel: textwrap.dedent(text).lstrip("\n") for rel, text in files.items()}
    for rel, text in texts.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    raws, located = [], []
    for rel, text, captured in [*callers, (path, needle, values or {})]:
        source = texts[rel]
        lineno = next(i for i, line in enumerate(source.splitlines(), 1) if text in line)
        function = next((n.name for n in ast.walk(ast.parse(source))
                         if isinstance(n, ast.FunctionDef)
                         and n.lineno <= lineno <= (n.end_lineno or 0)), "<module>")
        raw = {"abs_path": f"/srv/app/{rel}", "function": function, "lineno": lineno,
               "in_app": True, "vars": captured}
        raws.append(raw)
        located.append(LocatedFrame(frame=Frame.from_dict(raw), path=rel, source=source,
                                    lineno=lineno))
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": exc_type, "value": message, "stacktrace": {"frames": raws}}]}})
    assert event.primary is not None
    site = CrashSite(event=event, exception=event.primary, frames=tuple(located), root=root)
    return site, analyse(site, root)

"""A crash site built from source strings, for unit tests of one strategy.

The files are written under a root so that strategies reading the rest of the repository
(definitions of a called function, migrations) see them as they would in a workspace.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import Analysis, analyse

__all__ = ["crash_at"]


def crash_at(root: Path, files: dict[str, str], path: str, needle: str, exc_type: str,
             message: str, values: dict[str, object] | None = None,
             ) -> tuple[CrashSite, Analysis]:
    """The crash at the first line of ``files[path]`` containing ``needle``.

    ``files`` are dedented and written under ``root``; ``values`` are the frame's captured
    locals, as sentry-sdk's reprs.
    """
    texts = {rel: textwrap.dedent(text).lstrip("\n") for rel, text in files.items()}
    for rel, text in texts.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    source = texts[path]
    lineno = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    function = next((n.name for n in ast.walk(ast.parse(source))
                     if isinstance(n, ast.FunctionDef)
                     and n.lineno <= lineno <= (n.end_lineno or 0)), "<module>")
    raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
           "in_app": True, "vars": values or {}}
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": exc_type, "value": message, "stacktrace": {"frames": [raw]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path=path, source=source, lineno=lineno)
    site = CrashSite(event=event, exception=event.primary, frames=(frame,), root=root)
    return site, analyse(site, root)

"""Where an error happened, mapped onto the app's repository.

This is the meeting point of the repair pipeline and the error guides: the pipeline maps
an event's frames to files of the repository (checking that each frame's context line is
still what the file says), and every candidate strategy, guides included, reads this.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bugstack.domain.event import ErrorEvent, ExceptionRecord, Frame

__all__ = ["CrashSite", "LocatedFrame", "read_repository_file"]


@dataclass(frozen=True, slots=True)
class LocatedFrame:
    frame: Frame
    #: Repository-relative POSIX path of the frame's file.
    path: str
    #: The file's whole text, as it is in the workspace.
    source: str
    #: 1-based line of the frame in ``source``.
    lineno: int

    @property
    def line(self) -> str:
        lines = self.source.splitlines()
        return lines[self.lineno - 1] if 0 < self.lineno <= len(lines) else ""


@dataclass(frozen=True, slots=True)
class CrashSite:
    event: ErrorEvent
    exception: ExceptionRecord
    #: The in-app frames found in the repository, outermost first.
    frames: tuple[LocatedFrame, ...]
    #: The repository's root directory (the engine's copy), for recipes whose fix lives
    #: outside the Python files (a dependency missing from ``requirements.txt``); ``None``
    #: when only the traceback's files are at hand.
    root: Path | None = None

    @property
    def crash(self) -> LocatedFrame | None:
        """The innermost in-app frame: usually, but not always, the place to fix."""
        return self.frames[-1] if self.frames else None

    @property
    def sources(self) -> dict[str, str]:
        return {f.path: f.source for f in self.frames}

    def read(self, rel: str) -> str | None:
        """Any repository file's text (``requirements.txt``), ``None`` if absent or no root."""
        return read_repository_file(self.root, rel)


def read_repository_file(root: Path | None, rel: str) -> str | None:
    """The text of ``rel`` under ``root``; ``None`` when absent, unreadable or outside."""
    if root is None or ".." in rel.split("/"):
        return None
    try:
        return (root / rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None

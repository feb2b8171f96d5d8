"""What a guide is: its recogniser, its teaching sections and its codemod."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType

from bugstack.domain import CrashSite, ExceptionRecord

__all__ = ["SECTIONS", "Guide", "GuideFormatError"]

#: The explanation sections every guide has, in the order they are written and shown.
SECTIONS: tuple[str, ...] = (
    "What the error means",
    "Reading the stack trace",
    "Common causes",
    "The fix",
    "Testing the fix",
    "Fix safety",
    "Questions people ask",
)


class GuideFormatError(ValueError):
    """A guide on disk is malformed; the message names the guide and what is wrong."""


Rewrite = Callable[[str, "int | None"], "str | None"]


@dataclass(frozen=True, eq=False)
class Guide:
    id: str
    title: str
    #: The exception type the guide is about, as a traceback prints it (``KeyError``).
    exception_type: str
    #: Every type name the recogniser accepts (the first is ``exception_type``).
    exception_types: tuple[str, ...]
    message: re.Pattern[str]
    frameworks: tuple[str, ...]
    #: True only when applying the recipe cannot change behaviour anywhere else.
    safe: bool
    #: Section title -> markdown body, in ``SECTIONS`` order.
    sections: dict[str, str]
    folder: Path
    summary: str = ""
    #: Recogniser for the crashing line as printed in a traceback, used when only the
    #: traceback is at hand (no source to parse); ``None`` accepts any line.
    line_pattern: re.Pattern[str] | None = None
    #: The Python module holding the codemod, imported on first use.
    codemod_module: str = field(default="", repr=False)

    # -- examples -------------------------------------------------------------------
    def example(self, name: str) -> str:
        """One of the guide's example files (``broken.py``, ``fixed.py``, ...)."""
        return (self.folder / name).read_text(encoding="utf-8")

    @property
    def broken(self) -> str:
        return self.example("broken.py")

    @property
    def fixed(self) -> str:
        return self.example("fixed.py")

    @property
    def test_source(self) -> str:
        return self.example("test_fixed.py")

    def project_files(self, fixed: bool = False) -> dict[str, str]:
        """The example project's other files (``requirements.txt``...), by relative path:
        as they are (``project/``) or as the recipe leaves them (``project_fixed/``)."""
        folder = self.folder / ("project_fixed" if fixed else "project")
        if not folder.is_dir():
            return {}
        return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(folder.rglob("*")) if p.is_file()}

    @property
    def example_fix(self) -> dict[str, str]:
        """What ``fix`` makes of the broken example: ``broken.py`` and project files changed."""
        changes = {} if self.fixed == self.broken else {"broken.py": self.fixed}
        before = self.project_files()
        changes.update({path: text for path, text in self.project_files(fixed=True).items()
                        if before.get(path) != text})
        return changes

    # -- recognising ----------------------------------------------------------------
    def recognises_exception(self, record: ExceptionRecord) -> bool:
        """The event half of the recogniser: type and message, no code involved."""
        return _type_matches(record, self.exception_types) and bool(
            self.message.search(record.value)
        )

    def recognises_printed_lines(self, lines: list[str]) -> bool:
        if self.line_pattern is None:
            return True
        pattern = self.line_pattern
        return any(pattern.search(line) for line in lines)

    def matches(self, site: CrashSite) -> bool:
        """Whether this guide fits the crash: the exception AND the code at the site.

        The code half is the codemod itself: a guide only claims a crash when its recipe
        finds the broken shape in the crashing code, so a guide that matches can fix.
        """
        return self.recognises_exception(site.exception) and bool(self.fix(site))

    # -- fixing ---------------------------------------------------------------------
    @cached_property
    def _codemod(self) -> ModuleType:
        return importlib.import_module(self.codemod_module)

    def rewrite(self, source: str, line: int | None = None) -> str | None:
        """Run the codemod on one file; ``None`` when the broken shape is not there.

        ``line`` (1-based) is where the error was raised; ``None`` lets the codemod look
        at the whole file, which it then only changes where the shape is unambiguous.
        """
        rewrite: Rewrite = self._codemod.rewrite
        try:
            new = rewrite(source, line)
        except SyntaxError:
            return None
        return new if new is not None and new != source else None

    def fix(self, site: CrashSite) -> dict[str, str]:
        """Repository-relative path -> new full source; ``{}`` when the recipe does not apply."""
        custom = getattr(self._codemod, "fix_site", None)
        if custom is not None:
            changes: dict[str, str] = custom(site)
            return {p: s for p, s in changes.items() if site.sources.get(p) != s}
        # Innermost frame first: the crash line is the likeliest home of the broken shape,
        # and the first frame the recipe fits is the only one changed (smallest fix).
        for frame in reversed(site.frames):
            new = self.rewrite(frame.source, frame.lineno)
            if new is not None:
                return {frame.path: new}
        return {}


def _type_matches(record: ExceptionRecord, accepted: tuple[str, ...]) -> bool:
    names = {record.type, record.qualified_type, record.type.rsplit(".", 1)[-1]}
    for wanted in accepted:
        if wanted in names:
            return True
        short = wanted.rsplit(".", 1)[-1]
        # A qualified name in the guide must agree on the module when the event has one.
        if short == record.type.rsplit(".", 1)[-1] and (
            "." not in wanted or record.module is None or wanted == record.qualified_type
        ):
            return True
    return False

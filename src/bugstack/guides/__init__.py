"""Error guides: each one a page that teaches an error and the recipe that fixes it.

The fix engine recognises a known error with ``Guide.matches`` and uses ``Guide.fix`` as
one of its candidate strategies; the server publishes the same guides under ``/guides/``
(``bugstack.guides.web.router``) and the command line under ``bugstack guides``.
"""

from __future__ import annotations

from pathlib import Path

from bugstack.domain import CrashSite
from bugstack.guides.loader import load_guide, load_guides
from bugstack.guides.model import SECTIONS, Guide, GuideFormatError
from bugstack.guides.traceback_text import parse_traceback, site_from_traceback

__all__ = [
    "SECTIONS",
    "Guide",
    "GuideFormatError",
    "guide_by_id",
    "load_guide",
    "load_guides",
    "match_site",
    "match_traceback",
    "parse_traceback",
    "site_from_traceback",
]


def guide_by_id(guide_id: str) -> Guide | None:
    return next((g for g in load_guides() if g.id == guide_id), None)


def match_site(site: CrashSite) -> list[Guide]:
    """Every guide whose recogniser and codemod both fit the crash site."""
    return [g for g in load_guides() if g.matches(site)]


def match_traceback(text: str, root: Path | None = None) -> list[Guide]:
    """The guides that fit a pasted plain Python traceback.

    The exception type and message must fit. When ``root`` (the app's directory) holds
    the files the traceback names, the guide's codemod must also find its broken shape
    there; otherwise the code lines printed in the traceback are checked against the
    guide's recogniser for the crashing line, when it has one.
    """
    event = parse_traceback(text)
    if event is None or event.primary is None:
        return []
    primary = event.primary
    candidates = [g for g in load_guides() if g.recognises_exception(primary)]
    site = site_from_traceback(text, root) if root is not None else None
    if site is not None:
        return [g for g in candidates if g.matches(site)]
    printed = [f.context_line for f in primary.frames if f.context_line]
    return [g for g in candidates if g.recognises_printed_lines(printed)]

"""Candidates from the error guides, the library of known-error recipes.

The guides live in :mod:`bugstack.guides`, built separately; this adapter imports them
lazily and contributes nothing when they are absent, so the engine works either way.
A guide that matches is specific knowledge, so its candidates rank above the templates.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from typing import Any

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate, unified_diff

__all__ = ["GuideStrategy", "load_guides_if_available"]

log = logging.getLogger(__name__)


def load_guides_if_available() -> list[Any]:
    try:
        module = importlib.import_module("bugstack.guides")
    except ImportError:
        return []
    loader = getattr(module, "load_guides", None)
    if loader is None:
        return []
    try:
        return list(loader())
    except Exception as exc:  # a broken guide library must not stop the templates
        log.warning("error guides could not be loaded: %s", exc)
        return []


_QUOTES = "\"'"


def _describe(title: str, edits: dict[str, str], originals: dict[str, str]) -> str:
    """The guide's title, plus the lines a change outside the code adds (a requirement)."""
    added = [f"`{line[1:].strip().rstrip(',').strip(_QUOTES)}` to {path}"
             for path, text in sorted(edits.items())
             if not path.endswith(".py")
             for line in unified_diff(path, originals.get(path, ""), text).splitlines()
             if line.startswith("+") and not line.startswith("+++") and line[1:].strip()]
    return f"{title}: adds {', '.join(added)}." if added else title


class GuideStrategy:
    name = "guide"

    def __init__(self, guides: list[Any] | None = None) -> None:
        self._guides = guides

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        guides = self._guides if self._guides is not None else load_guides_if_available()
        for guide in guides:
            try:
                if not guide.matches(site):
                    continue
                edits = guide.fix(site)
            except Exception as exc:  # one faulty recipe costs only itself
                log.warning("guide %s failed: %s", getattr(guide, "id", "?"), exc)
                continue
            if not edits:
                continue
            originals = {path: site.sources.get(path) or analysis.read(path) or ""
                         for path in edits}
            yield Candidate(
                strategy=f"guide:{guide.id}",
                description=_describe(str(guide.title), edits, originals),
                edits=dict(edits), originals=originals,
                guide_id=str(guide.id), safe=bool(guide.safe),
                plausibility=0.8, contract=f"the error guide `{guide.id}` covers this error",
            )

"""The interface every candidate strategy implements, guides and templates alike.

A strategy reads a :class:`~bugstack.domain.CrashSite` (the frames mapped onto the
repository) and the :class:`~bugstack.repair.analyse.Analysis`, and proposes
:class:`Candidate` edits: whole new file texts, so verification can apply them as they
are. Candidates are compared by their normalised AST, so two strategies proposing the
same code (in different spellings) cost one verification.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis

__all__ = ["GUESS", "Candidate", "Strategy", "deduplicate", "unified_diff"]

#: What a candidate scores once a post-filter finds the code's contract does not back it:
#: below every backed candidate, so it is tried last and can end only as ``unverified``.
GUESS = 0.3


@dataclass(frozen=True, slots=True)
class Candidate:
    strategy: str
    description: str
    #: Repository-relative path -> the file's whole new text.
    edits: Mapping[str, str]
    guide_id: str | None = None
    safe: bool = False
    #: 0..1, how likely this is the right fix; verification tries the likeliest first.
    plausibility: float = 0.5
    #: Where the code's own contract backs the behaviour this fix chooses, if anywhere.
    contract: str | None = None
    #: The original text of each edited file, for diffs and size.
    originals: Mapping[str, str] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """Equal for candidates whose code is the same once formatting is ignored."""
        digest = hashlib.sha256()
        for path in sorted(self.edits):
            digest.update(path.encode())
            try:
                if not path.endswith(".py"):
                    raise SyntaxError  # a requirement file, compared as text
                digest.update(ast.dump(ast.parse(self.edits[path])).encode())
            except SyntaxError:
                digest.update(self.edits[path].encode())
        return digest.hexdigest()

    def diff(self) -> str:
        return "".join(
            unified_diff(path, self.originals.get(path, ""), text)
            for path, text in sorted(self.edits.items())
        )

    def unbacked(self, why: str = "") -> Candidate:
        """This candidate demoted to a guess: no contract, scored at most :data:`GUESS`.

        ``why``, when given, is added to the description so the report says what in the
        code the fix goes against.
        """
        return dataclasses.replace(
            self, contract=None, plausibility=min(self.plausibility, GUESS),
            description=f"{self.description} {why}" if why else self.description)

    @property
    def size(self) -> int:
        """Changed lines, the measure of "smallest"."""
        return sum(
            1 for line in self.diff().splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        )

    @property
    def parses(self) -> bool:
        try:
            for path, text in self.edits.items():
                if path.endswith(".py"):  # other files (requirements.txt) are not Python
                    ast.parse(text)
        except SyntaxError:
            return False
        return True


@runtime_checkable
class Strategy(Protocol):
    name: str

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterable[Candidate]: ...


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}" if before else "/dev/null", tofile=f"b/{path}",
    )
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
    return text


def deduplicate(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the first (most plausible, if sorted) of each group with the same code."""
    seen: set[str] = set()
    kept: list[Candidate] = []
    for candidate in candidates:
        if not candidate.edits or not candidate.parses:
            continue
        if all(candidate.originals.get(p) == t for p, t in candidate.edits.items()):
            continue  # proposes no change at all
        key = candidate.fingerprint()
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept

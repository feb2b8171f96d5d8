"""An empty or missing case whose HTTP answer a function on the stack documents: only a fix
giving that status keeps its backing.

``leave``'s docstring says "when there is no admin to take over, the owner cannot leave
(409 Conflict)"; the crash is ``admins[0]`` in the helper it calls. A sibling endpoint's
404 for a missing workspace answers another question, and a client told "not found" would
look for a workspace that is there. Such candidates are still probed and reported, but
lose their backing, so none is chosen.

The sentence must be in the docstring of a function on the stack, speak of the absence of
the thing that was missing ("no admin", "without an admin", for ``admins``, ``admin`` or
``ws.admins``), and name a 4xx or 5xx status.
"""

from __future__ import annotations

import ast
import re

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_function
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.contract_items import sentences

__all__ = ["documented_status", "missing_nouns", "respect_documented_status"]

_STATUS = re.compile(r"\b[45]\d\d\b")


def documented_status(site: CrashSite, analysis: Analysis) -> tuple[str, str] | None:
    """The status a docstring on the stack gives the missing thing's absence, and the
    sentence that gives it."""
    nouns = missing_nouns(analysis)
    if not nouns:
        return None
    subject = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    absent = re.compile(rf"\b(?:no|without|none\s+of\s+the)\s+(?:an?\s+|the\s+|other\s+)?"
                        rf"(?:{subject})\b", re.I)
    for frame in site.frames:
        try:
            function = enclosing_function(ast.parse(frame.source), frame.lineno)
        except SyntaxError:
            continue
        docstring = ast.get_docstring(function) if function is not None else None
        for sentence in sentences(docstring or ""):
            status = _STATUS.search(sentence)
            if status and absent.search(sentence):
                return status.group(0), sentence
    return None


def respect_documented_status(candidates: list[Candidate], site: CrashSite,
                              analysis: Analysis) -> list[Candidate]:
    found = documented_status(site, analysis)
    if found is None:
        return candidates
    gives = re.compile(rf"^\+.*\b{found[0]}\b", re.M)
    return [c if gives.search(c.diff()) or c.contract is None else c.unbacked()
            for c in candidates]


def missing_nouns(analysis: Analysis) -> set[str]:
    """What was missing, as a docstring would name it: the indexed or divided-by
    collection, the None value, the missing key; plural and singular."""
    statement = analysis.statement
    names: set[str] = set()
    if analysis.exc_type == "IndexError" and statement is not None:
        names = {_last_part(n.value) for n in ast.walk(statement)
                 if isinstance(n, ast.Subscript)}
    elif analysis.exc_type == "ZeroDivisionError" and statement is not None:
        names = {_last_part(n.right.args[0] if isinstance(n.right, ast.Call)
                            and n.right.args else n.right)
                 for n in ast.walk(statement)
                 if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div | ast.FloorDiv
                                                            | ast.Mod)}
    elif analysis.culprit is not None:
        names = {analysis.culprit.rsplit(".", 1)[-1]}
    elif analysis.exc_type.endswith("KeyError"):
        names = {analysis.message.strip("'\"")}
    words = {name.lower() for name in names if name and name.isidentifier() and len(name) > 2}
    singular = {re.sub(r"(?:es|s)$", "", word) for word in words if word.endswith("s")}
    return words | {word for word in singular if len(word) > 2}


def _last_part(node: ast.expr) -> str:
    """The name a docstring would call ``node`` by: ``admins`` of ``ws.admins`` and of
    ``workspace["admins"]`` (not ``workspace``: the workspace is there, its admins are
    not; ninth adversarial review)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
            and isinstance(node.slice.value, str):
        return node.slice.value
    return ""

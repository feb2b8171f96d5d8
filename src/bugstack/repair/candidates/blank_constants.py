"""A blank value given where a sibling gives the documented constant: ``ZoneInfo("")``.

``local_time`` calls ``ZoneInfo(zone_name)`` with the ``""`` of a user who never picked a
zone; the sibling ``company_time`` calls ``ZoneInfo(DEFAULT_TIMEZONE)``, and the module's
docstring says users with an empty zone see times in ``DEFAULT_TIMEZONE``. The blank then
falls back to that constant (``ZoneInfo(zone_name or DEFAULT_TIMEZONE)``) rather than to
UTC, the obvious guard, which would show another hour.

Backing, all of it required: the value that crashed was captured blank; a sibling in the
same module calls the same callable with a module constant; and a sentence of the module's
or the function's docstring names that constant together with an empty or blank value
(and no refusal: "an empty zone is rejected" backs nothing).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["BlankToDocumentedConstant"]

_CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
_BLANK_WORDS = re.compile(r"\b(empty|blank)\b", re.I)
_REFUSAL = re.compile(r"\b(reject(ed|s)?|invalid|errors?|raises?|fails?|40\d|not allowed)\b",
                      re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _module_constants(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets
                     if isinstance(t, ast.Name) and _CONSTANT.match(t.id))
    return names


def _sibling_constants(tree: ast.Module, crashed: FunctionNode, callee: str,
                       constants: set[str]) -> set[str]:
    """The module constants siblings give ``callee`` as its only argument."""
    given: set[str] = set()
    for function in ast.walk(tree):
        if not isinstance(function, FunctionNode) or function is crashed:
            continue
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and ast.unparse(call.func) == callee \
                    and len(call.args) == 1 and isinstance(call.args[0], ast.Name) \
                    and call.args[0].id in constants:
                given.add(call.args[0].id)
    return given


def _documented_for_blank(texts: list[str], constant: str) -> str | None:
    """The sentence that gives ``constant`` to an empty or blank value."""
    for text in texts:
        for sentence in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", text)):
            if re.search(rf"\b{constant}\b", sentence) and _BLANK_WORDS.search(sentence) \
                    and not _REFUSAL.search(sentence):
                return sentence.strip()
    return None


class BlankToDocumentedConstant:
    name = "blank-to-documented-constant"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or crash is None or statement is None \
                or function is None or tree is None:
            return
        constants = _module_constants(tree)
        texts = [t for t in (ast.get_docstring(function), ast.get_docstring(tree)) if t]
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords
                    and isinstance(call.args[0], ast.Name)
                    and analysis.values.get(call.args[0].id) in ("''", '""')):
                continue
            callee, blank = ast.unparse(call.func), call.args[0].id
            given = _sibling_constants(tree, function, callee, constants)
            if len(given) != 1:
                continue  # no sibling, or siblings that disagree
            constant = given.pop()
            sentence = _documented_for_blank(texts, constant)
            if sentence is None:
                continue
            yield Candidate(
                strategy=self.name,
                description=f"A blank `{blank}` now falls back to `{constant}`, as the "
                            f"documentation says and siblings call `{callee}`, instead of "
                            "failing.",
                edits={crash.path: replace_node(crash.source, call.args[0],
                                                f"{blank} or {constant}")},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f"the documentation says: \"{sentence[:160]}\"; a sibling calls "
                         f"`{callee}({constant})`",
            )

"""A None limit in a ``min()`` the code documents as "unconstrained": the term drops out.

``scale = min(box_width / width, box_height / height, 1.0)`` raises "unsupported operand
type(s) for /: 'NoneType' and 'int'" for a banner preset boxed ``(1600, None)``, where
the code says "A side of the box that is None is unconstrained, so the image is fitted to
the other side alone". A limit that is not there limits nothing: in a ``min()`` its term
is as large as can be, so each term reading a side of the box becomes ``(box_height /
height if box_height is not None else float("inf"))`` and the other sides decide.
Treating the missing side as 0 would shrink the image to a pixel; skipping the preset
would lose the rendition.

Backing, all of it required:

* the crash is a TypeError of an arithmetic operator with a NoneType operand, in a
  ``min()`` call of the crashing statement, and a term of it reads a name the captured
  values show is None;
* that name was unpacked in the crashing function from a parameter (``box_width,
  box_height = box``): every name of that unpacking is a side that may be None, and
  each term reading one is guarded the same way;
* another argument of the ``min()`` reads none of those names (``1.0``), so the call
  still has a limit when every side is None;
* the sentences about None in the function's docstring and in the comments above the
  parameter's type alias all say None is unconstrained (unconstrained, unbounded, no
  limit, not limited), at least one names the parameter or its type, and none refuses
  (raises, error, invalid, required, must).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["UnconstrainedMinTerm"]

_NONE_OPERAND = re.compile(r"unsupported operand type\(s\) for [-+*/%]+: (?:'NoneType' and "
                           r"'\w+'|'\w+' and 'NoneType')")
_UNCONSTRAINED = re.compile(r"\b(?:unconstrained|unbounded|no\s+limit|not\s+limited"
                            r"|no\s+bound|unlimited)\b", re.I)
_REFUSES = re.compile(r"\b(?:rais\w*|errors?|invalid|required|must|reject\w*|refus\w*)\b", re.I)
_NONE = re.compile(r"\bNone\b")


def _unpacked_from(function: ast.FunctionDef | ast.AsyncFunctionDef,
                   name: str) -> tuple[str, list[str]] | None:
    """(parameter, names) of ``a, b = parameter`` in the function, when ``name`` is one."""
    params = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Tuple)
                and isinstance(node.value, ast.Name) and node.value.id in params):
            names = [t.id for t in node.targets[0].elts if isinstance(t, ast.Name)]
            if name in names and len(names) == len(node.targets[0].elts):
                return node.value.id, names
    return None


def _documented(source: str, tree: ast.Module, function: ast.FunctionDef | ast.AsyncFunctionDef,
                parameter: str) -> str | None:
    """The sentence calling None unconstrained, when every None sentence does."""
    annotation = next((a.annotation for a in (*function.args.args, *function.args.kwonlyargs)
                       if a.arg == parameter), None)
    alias = ast.unparse(annotation) if annotation is not None else ""
    texts = sentences(ast.get_docstring(function) or "")
    lines = source.splitlines()
    # The comment above the type alias documents the type itself: it names it.
    of_alias: list[str] = []
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        if alias and any(isinstance(t, ast.Name) and t.id == alias for t in targets):
            of_alias += sentences(comments_above(lines, node.lineno).replace("\n", " "))
    about = [s for s in [*texts, *of_alias] if _NONE.search(s)]
    if not about or any(not _UNCONSTRAINED.search(s) or _REFUSES.search(s) for s in about):
        return None
    names = {parameter.lower(), alias.lower()} - {""}
    return next((s for s in about if s in of_alias
                 or names & {w.lower() for w in re.findall(r"[A-Za-z_]+", s)}), None)


class UnconstrainedMinTerm:
    name = "unconstrained-min-term"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if (analysis.exc_type != "TypeError" or not _NONE_OPERAND.search(analysis.message)
                or crash is None or statement is None or tree is None
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)):
            return
        nones = {k for k, v in analysis.values.items() if v == "None"}
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id == "min" and len(call.args) >= 2 and not call.keywords
                    and not any(isinstance(a, ast.Starred) for a in call.args)):
                continue
            read = [{n.id for n in ast.walk(a) if isinstance(n, ast.Name)} for a in call.args]
            crashed = next((name for names in read for name in names & nones), None)
            unpacked = _unpacked_from(function, crashed) if crashed else None
            if unpacked is None:
                continue
            parameter, sides = unpacked
            guarded = [(arg, (names & set(sides)).pop()) for arg, names in zip(
                call.args, read, strict=True) if len(names & set(sides)) == 1]
            if any(len(names & set(sides)) > 1 for names in read) or len(guarded) == len(
                    call.args):
                continue  # a term of two sides, or no term left to limit the call
            sentence = _documented(crash.source, tree, function, parameter)
            if sentence is None:
                continue
            edits: list[tuple[ast.AST, str]] = [
                (arg, f"{ast.get_source_segment(crash.source, arg)} if {side} is not None "
                      "else float(\"inf\")") for arg, side in guarded]
            yield Candidate(
                strategy=self.name,
                description=f"A side of `{parameter}` that is None now limits nothing in the "
                            "`min()`: its term drops out instead of raising TypeError.",
                edits={crash.path: replace_nodes(crash.source, edits)},
                originals={crash.path: crash.source}, plausibility=0.9,
                contract=f"the code says None is unconstrained: \"{sentence[:160]}\"",
            )
            return

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
  box_height = box``) whose type (directly, or through an alias of the crashing module
  or of the module it is imported from) is a tuple; the sides whose item type admits
  None (``tuple[int | None, int | None]``) are the ones guarded, and the crashed one
  must be among them;
* another argument of the ``min()`` reads none of those names (``1.0``), so the call
  still has a limit when every side is None;
* the sentences about None in the function's docstring and in the comments above the
  parameter's type alias all say None is unconstrained (unconstrained, unbounded, no
  limit, not limited), the alias's comment or a docstring sentence naming the parameter,
  and none refuses (raises, error, invalid, required, must) or keeps a limit (a named
  cap, "still applies"). The thirteenth adversarial review beat the first version with 4
  wrong fixes in 4 traps.
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
# A limit that stays: a named cap, "still applies", "capped".
_KEEPS_A_LIMIT = re.compile(r"\b(?:still|appl(?:y|ies)|cap\w*|max\w*)\b|\b[A-Z][A-Z0-9_]{2,}\b")
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


def _alias_definition(analysis: Analysis, tree: ast.Module, source: str,
                      alias: str) -> tuple[ast.expr, list[str]] | None:
    """The value ``alias`` is bound to and the sentences of the comment above it, in the
    crashing module or in the repository module it is imported from."""
    homes: list[tuple[ast.Module, str]] = [(tree, source)]
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and not node.level and any(
                a.name == alias and a.asname is None for a in node.names):
            rel = node.module.replace(".", "/")
            homes += [(other, text) for path, text, other in analysis.parsed_files(alias)
                      if path in (f"{rel}.py", f"src/{rel}.py")]
    for module, text in homes:
        for node in module.body:
            targets = (node.targets if isinstance(node, ast.Assign)
                       else [node.target] if isinstance(node, ast.AnnAssign) else [])
            value = getattr(node, "value", None)
            if value is not None and any(isinstance(t, ast.Name) and t.id == alias
                                         for t in targets):
                comment = comments_above(text.splitlines(), node.lineno).replace("\n", " ")
                return value, sentences(comment)
    return None


def _sides_admitting_none(annotation: ast.expr | None) -> list[bool] | None:
    """For ``tuple[int | None, int]``: [True, False]; None when it is no such tuple."""
    if not (isinstance(annotation, ast.Subscript)
            and ast.unparse(annotation.value) in ("tuple", "Tuple", "typing.Tuple")
            and isinstance(annotation.slice, ast.Tuple)):
        return None
    return [bool(_NONE.search(ast.unparse(item))) for item in annotation.slice.elts]


def _documented(analysis: Analysis, source: str, tree: ast.Module,
                function: ast.FunctionDef | ast.AsyncFunctionDef,
                parameter: str) -> tuple[str, list[bool]] | None:
    """The sentence calling a None side unconstrained, and which sides the type lets be
    None; None unless every None sentence (the docstring's, the type alias's comment)
    says it, the type is a tuple some of whose items admit None, and no sentence keeps a
    limit ("MAX_SIDE still applies") or refuses."""
    annotation = next((a.annotation for a in (*function.args.args, *function.args.kwonlyargs)
                       if a.arg == parameter), None)
    of_alias: list[str] = []
    if isinstance(annotation, ast.Name):
        found = _alias_definition(analysis, tree, source, annotation.id)
        if found is None:
            return None
        annotation, of_alias = found[0], found[1]
    sides = _sides_admitting_none(annotation)
    if sides is None or not any(sides):
        return None
    about = [s for s in [*sentences(ast.get_docstring(function) or ""), *of_alias]
             if _NONE.search(s)]
    if not about or any(not _UNCONSTRAINED.search(s) or _REFUSES.search(s)
                        or _KEEPS_A_LIMIT.search(s) for s in about):
        return None
    # The type alias's own comment documents the type; a docstring sentence must name it.
    sentence = next((s for s in about if s in of_alias or re.search(
        rf"\b{re.escape(parameter)}\b", s)), None)
    return (sentence, sides) if sentence is not None else None


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
            parameter, names_unpacked = unpacked
            documented = _documented(analysis, crash.source, tree, function, parameter)
            if documented is None or len(documented[1]) != len(names_unpacked):
                continue
            sentence, admits = documented
            # Only the sides the type lets be None are guarded; the one that crashed must be.
            sides = {n for n, may in zip(names_unpacked, admits, strict=True) if may}
            if crashed not in sides:
                continue
            guarded = [(arg, (names & sides).pop()) for arg, names in zip(
                call.args, read, strict=True) if len(names & sides) == 1]
            if any(len(names & sides) > 1 for names in read) or len(guarded) == len(
                    call.args) or any(names & (set(names_unpacked) - sides) and
                                      names & sides for names in read):
                continue  # a term of two sides, or no term left to limit the call
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

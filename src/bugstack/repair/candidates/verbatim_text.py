"""Text documented as sent verbatim, appended to a template before it is filled in.

``template = REMINDER; template += "\\n" + note; return template.format(name=name, ...)``
raises ``IndexError: Replacement index 4417 out of range`` (or a KeyError, or "Single '}'
encountered") when the note holds braces, although the docstring says the note "is sent
verbatim, exactly as typed (braces ... and all)". Only the template is filled in, and the
text is appended afterwards, untouched:

    template = REMINDER.format(name=name, ...)
    if note:
        template += "\\n" + note
    return template

Dropping the note on error (the obvious guard) or stripping its braces changes the
message; doubling the braces is close but escapes text the contract says is not a
template.

Backing, all required: the variable formatted is first set from a module constant (or a
literal) and afterwards only extended with ``+=`` by expressions of string literals
without braces and of parameters; each such parameter is named in a docstring sentence
that calls it verbatim ("verbatim", "exactly as typed", "as is", "unchanged", "literally");
and the format call's arguments name nothing that changes between the two places.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes

__all__ = ["VerbatimTextAppended"]

_FORMAT_ERRORS = {"IndexError", "KeyError", "ValueError"}
_FORMAT_MESSAGE = re.compile(r"Replacement index|Single '[{}]'|field name|before end of "
                             r"string|format|^'?\w+'?$", re.I)
_VERBATIM = re.compile(r"\b(verbatim|exactly as (typed|written|entered|given)|as[- ]is|"
                       r"unchanged|literally|untouched)\b", re.I)
_NEGATION = re.compile(r"\b(not|never|no longer)\b", re.I)

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _format_call(statement: ast.stmt) -> tuple[ast.Call, str] | None:
    calls = [c for c in ast.walk(statement)
             if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
             and c.func.attr in ("format", "format_map")
             and isinstance(c.func.value, ast.Name)]
    if len(calls) != 1:
        return None
    assert isinstance(calls[0].func, ast.Attribute) and isinstance(calls[0].func.value, ast.Name)
    return calls[0], calls[0].func.value.id


def _text_parameters(expr: ast.expr, parameters: set[str]) -> set[str] | None:
    """The parameters an appended expression is made of, or None when it holds anything
    else (a call, a literal with braces, a local)."""
    found: set[str] = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Name):
            if node.id not in parameters:
                return None
            found.add(node.id)
        elif isinstance(node, ast.Constant):
            if not isinstance(node.value, str) or "{" in node.value or "}" in node.value:
                return None
        elif not isinstance(node, ast.BinOp | ast.Add | ast.Load):
            return None
    return found


def _documented_verbatim(doc: str, names: set[str]) -> str | None:
    """The sentences calling each of ``names`` verbatim (the sentence naming it, or the
    one next to it), or None when one of them is not so called."""
    sentences = re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", doc))
    verbatim = [i for i, s in enumerate(sentences)
                if (m := _VERBATIM.search(s)) and not _NEGATION.search(s[:m.start()])]
    backing: list[str] = []
    for name in sorted(names):
        words = (name, name.replace("_", " "))
        mentioned = [i for i, s in enumerate(sentences)
                     if any(re.search(rf"\b{re.escape(w)}\b", s, re.I) for w in words)]
        near = [i for i in verbatim if any(abs(i - j) <= 1 for j in mentioned)]
        if not near:
            return None
        backing.append(sentences[near[0]])
    return " ".join(dict.fromkeys(backing)) or None


class VerbatimTextAppended:
    name = "verbatim-text-appended"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type not in _FORMAT_ERRORS \
                or not _FORMAT_MESSAGE.search(analysis.message.strip()) \
                or crash is None or statement is None \
                or function is None or tree is None:
            return
        found = _format_call(statement)
        if found is None:
            return
        call, variable = found
        formatted = call.func.value if isinstance(call.func, ast.Attribute) else None
        constants = {t.id for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant)
                     and isinstance(node.value.value, str)
                     for t in node.targets if isinstance(t, ast.Name)}
        parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                                      *function.args.kwonlyargs)}
        first: ast.Assign | None = None
        appended: set[str] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == variable for t in node.targets):
                if first is not None or node not in function.body or len(node.targets) != 1:
                    return  # set twice, or not plainly at the top of the function
                if not ((isinstance(node.value, ast.Name) and node.value.id in constants)
                        or (isinstance(node.value, ast.Constant)
                        and isinstance(node.value.value, str))):
                    return
                first = node
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == variable:
                names = _text_parameters(node.value, parameters) \
                    if isinstance(node.op, ast.Add) else None
                if not names:
                    return
                appended |= names
            elif isinstance(node, ast.Name) and node.id == variable \
                    and isinstance(node.ctx, ast.Load) and node is not formatted:
                return  # read elsewhere: filling it earlier could change that reader
        if first is None or not appended or first.lineno >= statement.lineno:
            return
        used = {n.id for arg in (*call.args, *(k.value for k in call.keywords))
                for n in ast.walk(arg) if isinstance(n, ast.Name)}
        if used & appended or any(
                isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in used
                for n in ast.walk(function)):
            return  # the arguments change between the two places, or are the appended text
        sentence = _documented_verbatim(ast.get_docstring(function) or "", appended)
        if sentence is None:
            return
        source = crash.source
        filled = (ast.get_source_segment(source, first.value) or ast.unparse(first.value)) \
            + (ast.get_source_segment(source, call)
               or ast.unparse(call))[len(variable):]
        yield Candidate(
            strategy=self.name,
            description=f"Only the template is filled in; `{'`, `'.join(sorted(appended))}` "
                        "is appended afterwards as typed, braces and all.",
            edits={crash.path: replace_nodes(source, [(first.value, filled),
                                                      (call, variable)])},
            originals={crash.path: source}, plausibility=0.85,
            contract=f"the docstring says: \"{sentence[:160]}\"",
        )

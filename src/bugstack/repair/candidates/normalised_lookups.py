"""A lookup its docstring says ignores case or spacing, done on the text as typed.

``locate("sw1a1aa")`` returns None because ``CENTRES.get(postcode)`` compares the text as
typed with keys written in one canonical form ("SW1A 1AA"), while the docstring promises
that "case and spacing never make a known postcode unknown". The caller then crashes on
the None (``lat, lng = locate(...)``: "cannot unpack non-iterable NoneType object"). A
None guard alone answers "not found" for a postcode that is in the table; the lookup
itself must compare the way the docstring says:

    by_form = {"".join(key.split()).casefold(): value for key, value in CENTRES.items()}
    return by_form.get("".join(postcode.split()).casefold())

Only the dimensions the sentence names are dropped (case: ``casefold()``; spacing or
whitespace: ``"".join(text.split())``). The caller still meets None for a value that is
in no form in the table, so the candidate also guards the unpacking with the answer its
module gives a missing record (the sibling 404, ``abort(404)``), as the crash site's
evidence says.

Backing, all required: the callee is one repository function returning ``X | None``
whose docstring has a sentence naming the parameter's noun and case or spacing with a
word that says they do not matter ("never make ... unknown", "the same", "ignored",
"insensitive"); it reads a module-level dict written out with text keys, by the plain
parameter (``.get(param)`` or ``[param]``), and no two keys share a form once normalised;
the crashing function unpacks the call's result and its module answers a missing record
(a 404) while the call is given a request value or a parameter.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.contract_items import item_noun

__all__ = ["NormalisedLookup"]

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
_CASE = re.compile(r"\b(case|capitali[sz]ation|upper|lower)\b", re.I)
_SPACING = re.compile(r"\b(spacing|spaces?|whitespace)\b", re.I)
_IRRELEVANT = re.compile(
    r"\bnever\b.*\b(unknown|matters?|differ|change)\b|\b(do|does)\s+not\s+matter\b"
    r"|\b(don't|doesn't)\s+matter\b|\bthe same\b|\bignored\b|\binsensitive\b|\bregardless\b",
    re.I)
_SENSITIVE = re.compile(r"(?<!in)sensitive", re.I)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s*\n\s*", " ", text)
    # A colon ends a clause too: "Codes are typed as people like: the case of a city ..."
    # speaks of cities.
    return [s.strip() for s in re.split(r"(?<=[.;:!?])\s+", text) if s.strip()]


def _dimensions(docstring: str, parameter: str) -> tuple[bool, bool, str] | None:
    """(case, spacing, the sentence) the docstring says do not matter for ``parameter``."""
    noun = item_noun(parameter)
    for sentence in _sentences(docstring):
        if not re.search(rf"\b{re.escape(noun)}s?\b", sentence, re.I):
            continue
        if not _IRRELEVANT.search(sentence) or _SENSITIVE.search(sentence):
            continue
        case, spacing = bool(_CASE.search(sentence)), bool(_SPACING.search(sentence))
        if case or spacing:
            return case, spacing, sentence
    return None


def _normalise(text: str, case: bool, spacing: bool) -> str:
    written = f'"".join({text}.split())' if spacing else text
    return f"{written}.casefold()" if case else written


def _text_keys(tree: ast.Module, name: str) -> list[str] | None:
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id == name and isinstance(value, ast.Dict):
            keys = [k.value for k in value.keys
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            return keys if len(keys) == len(value.keys) else None
    return None


def _lookup(callee: FunctionNode, tree: ast.Module, parameter: str
            ) -> tuple[ast.expr, ast.stmt, str, list[str]] | None:
    """The one read of a module dict by the plain parameter, its statement and the dict."""
    found: list[tuple[ast.expr, ast.stmt, str, list[str]]] = []
    for statement in ast.walk(callee):
        if not isinstance(statement, ast.Return | ast.Assign) or statement.value is None:
            continue
        for node in ast.walk(statement):
            mapping: ast.expr | None = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "get" and node.args \
                    and ast.unparse(node.args[0]) == parameter:
                mapping = node.func.value
            elif isinstance(node, ast.Subscript) and ast.unparse(node.slice) == parameter:
                mapping = node.value
            if isinstance(mapping, ast.Name) and isinstance(node, ast.expr):
                keys = _text_keys(tree, mapping.id)
                if keys:
                    found.append((node, statement, mapping.id, keys))
    return found[0] if len(found) == 1 else None


class NormalisedLookup:
    name = "normalised-lookup"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "TypeError" or "NoneType" not in analysis.message \
                or crash is None or function is None or analysis.not_found is None \
                or not isinstance(statement, ast.Assign) or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Tuple) \
                or not isinstance(statement.value, ast.Call) \
                or not isinstance(statement.value.func, ast.Name):
            return
        call = statement.value
        parameters = {a.arg for a in function.args.args + function.args.kwonlyargs}
        asked = {n.id for n in ast.walk(call) if isinstance(n, ast.Name)}
        if not asked & (parameters | {"request"}):
            return  # the 404 answers only what the caller asked for
        targets = [t.id for t in statement.targets[0].elts if isinstance(t, ast.Name)]
        local = "_".join(targets)
        if len(targets) != len(statement.targets[0].elts) or local in {
                n.id for n in ast.walk(function) if isinstance(n, ast.Name)}:
            return
        assert isinstance(call.func, ast.Name)
        name = call.func.id
        defined = [(rel, text, tree, node)
                   for rel, text, tree in analysis.parsed_files(f"def {name}")
                   for node in tree.body if isinstance(node, FunctionNode) and node.name == name]
        if len(defined) != 1:
            return
        rel, text, tree, callee = defined[0]
        returns = ast.unparse(callee.returns) if callee.returns else ""
        if not (returns.endswith("| None") or returns.startswith("Optional[")) \
                or len(callee.args.args) != 1:
            return
        parameter = callee.args.args[0]
        if parameter.annotation is None or ast.unparse(parameter.annotation) != "str":
            return
        said = _dimensions(ast.get_docstring(callee) or "", parameter.arg)
        lookup = _lookup(callee, tree, parameter.arg)
        if said is None or lookup is None or "by_form" in text:
            return
        case, spacing, sentence = said
        read, read_statement, mapping, keys = lookup
        if len({_form(k, case, spacing) for k in keys}) != len(keys):
            return  # two keys of one form: which one is meant is not the docstring's to say
        index = (f"by_form = {{{_normalise('key', case, spacing)}: value "
                 f"for key, value in {mapping}.items()}}")
        wanted = _normalise(parameter.arg, case, spacing)
        new_read = (f"by_form.get({wanted})" if isinstance(read, ast.Call) and len(read.args) == 1
                    else f"by_form[{wanted}]" if isinstance(read, ast.Subscript) else None)
        if new_read is None:
            return  # a .get() with a default of its own is not read here
        fixed_callee = insert_before_statement(replace_node(text, read, new_read),
                                               read_statement, [index])
        answer = analysis.not_found.source
        call_text = ast.get_source_segment(crash.source, call) or ast.unparse(call)
        guarded = replace_node(crash.source, statement.value, local)
        guarded = insert_before_statement(guarded, statement, [
            f"{local} = {call_text}", f"if {local} is None:", f"\t{answer}"])
        if rel == crash.path:
            return  # both edits in one file would need one splice; not written here
        edits = {rel: fixed_callee, crash.path: guarded}
        dimensions = " and ".join(d for d, on in (("case", case), ("spacing", spacing)) if on)
        yield Candidate(
            strategy=self.name,
            description=f"`{name}` looks `{parameter.arg}` up in `{mapping}` with {dimensions} "
                        f"ignored, as its docstring says, and `{function.name}` answers "
                        f"`{answer}` for a value that is in no form there.",
            edits=edits, originals={rel: text, crash.path: crash.source},
            plausibility=0.85,
            contract=f"the docstring of `{name}`: \"{sentence}\"; {analysis.not_found.reason}",
        )


def _form(key: str, case: bool, spacing: bool) -> str:
    written = "".join(key.split()) if spacing else key
    return written.casefold() if case else written

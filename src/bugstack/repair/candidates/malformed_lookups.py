"""A malformed key in ``get_object_or_404``: Django's ValidationError becomes the 404.

``get_object_or_404(Shipment, token=token)`` answers 404 for a token naming no shipment,
but a token that is not a UUID at all (a link cut short by a mail client) makes the field
raise ValidationError, a 500. The view wraps the lookup so that it answers the 404 a
missing record gets, when the code says so:

* the module's or the view's docstring says such a request answers 404 / not found (and
  names no 400 or "bad request" for it); or
* a sibling view of the same module looks up the same model by the same keyword, and a URL
  pattern hands it that value through a typed converter (``<uuid:token>``), which answers
  404 for a malformed value before the view runs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, insert_import

__all__ = ["MalformedLookupNotFound"]

_NOT_FOUND = re.compile(r"\b404\b|\bnot[- ]found\b", re.I)
_BAD_REQUEST = re.compile(r"\b400\b|\bbad request\b|\bunprocessable\b|\b422\b", re.I)
_TYPED_CONVERTER = r"<(uuid|int|slug):{name}>"

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _lookup(statement: ast.stmt) -> ast.Call | None:
    calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
             and ast.unparse(n.func).rsplit(".", 1)[-1] == "get_object_or_404"]
    return calls[0] if len(calls) == 1 else None


def _documented(texts: list[str], lookup: ast.Call) -> str | None:
    """The sentence answering 404 for a request naming no record of the lookup's model
    (or its keyword); none when the documentation answers anything a 400."""
    model = ast.unparse(lookup.args[0]).rsplit(".", 1)[-1]
    subjects = {model, *(k.arg for k in lookup.keywords if k.arg)}
    named = re.compile("|".join(rf"\b{re.escape(s)}s?\b" for s in subjects), re.I)
    sentences = [sentence.strip() for text in texts
                 for sentence in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", text))]
    if any(_BAD_REQUEST.search(sentence) for sentence in sentences):
        return None
    return next((s for s in sentences if _NOT_FOUND.search(s) and named.search(s)), None)


def _converted_sibling(analysis: Analysis, lookup: ast.Call) -> str | None:
    """A sibling view looking up the same model by the same keywords, routed through a
    typed converter for them."""
    assert analysis.tree is not None and lookup.args
    model, keywords = ast.unparse(lookup.args[0]), {k.arg for k in lookup.keywords}
    if None in keywords or not keywords:
        return None
    for function in analysis.tree.body:
        if not isinstance(function, FunctionNode) or function is analysis.function:
            continue
        same = any(other.args and ast.unparse(other.args[0]) == model
                   and {k.arg for k in other.keywords} == keywords
                   for other in ast.walk(function) if isinstance(other, ast.Call)
                   and ast.unparse(other.func).rsplit(".", 1)[-1] == "get_object_or_404")
        if not same:
            continue
        for _, text, _ in analysis.parsed_files(function.name):
            for line in text.splitlines():
                if re.search(rf"\b{function.name}\b", line) and all(
                        re.search(_TYPED_CONVERTER.format(name=k), line) for k in keywords):
                    return f"the sibling view `{function.name}` takes it as `{line.strip()}`"
    return None


class MalformedLookupNotFound:
    name = "malformed-lookup-not-found"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValidationError" or crash is None or statement is None \
                or function is None or tree is None or statement is function \
                or not isinstance(statement, ast.Assign | ast.Expr | ast.Return):
            return
        lookup = _lookup(statement)
        if lookup is None or not lookup.args:
            return
        sentence = _documented([t for t in (ast.get_docstring(function),
                                            ast.get_docstring(tree)) if t], lookup)
        contract = f"the documentation says: \"{sentence[:160]}\"" if sentence \
            else _converted_sibling(analysis, lookup)
        if contract is None:
            return
        source, model = crash.source, ast.unparse(lookup.args[0]).rsplit(".", 1)[-1]
        lines = source.splitlines(keepends=True)
        first, last = statement.lineno, statement.end_lineno or statement.lineno
        indent, unit = indentation_of(source, first), indent_unit(source)
        body = "".join(unit + line if line.strip() else line for line in lines[first - 1:last])
        answer = f"raise Http404(\"No {model} matches the given query.\") from None"
        block = f"{indent}try:\n{body}{indent}except ValidationError:\n{indent}{unit}{answer}\n"
        edited = "".join(lines[:first - 1]) + block + "".join(lines[last:])
        if not re.search(r"^from django\.core\.exceptions import .*\bValidationError\b",
                         edited, re.M):
            edited = insert_import(edited, "from django.core.exceptions import ValidationError")
        if not re.search(r"^from django\.http import .*\bHttp404\b", edited, re.M):
            edited = insert_import(edited, "from django.http import Http404")
        yield Candidate(
            strategy=self.name,
            description="A malformed value in the lookup now answers 404, as a value naming "
                        "no record does, instead of a 500 (ValidationError).",
            edits={crash.path: edited}, originals={crash.path: source}, plausibility=0.8,
            contract=contract,
        )

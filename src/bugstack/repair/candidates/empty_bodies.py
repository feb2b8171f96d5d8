"""An empty request body that the view's documentation says is acknowledged.

``event = await request.json()`` raises ``JSONDecodeError: Expecting value: line 1 column 1
(char 0)`` for a webhook's *ping*, a POST with an empty body. When the view's docstring,
in the paragraph that speaks of an empty body, names the one success status that answers
it ("It must be acknowledged with 204 like any other delivery"), and the view already
returns that status with an expression that needs nothing the request gave
(``return Response(status_code=204)``), the view answers an empty body with it first::

    if not await request.body():
        return Response(status_code=204)

A 400 or 422 for the unparsable body (the usual guard) is what such a sender treats as a
failure. Backing, all of it required: the paragraph names an empty (blank, missing) body,
in no sentence that refuses it (rejected, an error, a 4xx), and exactly one status code, a
2xx; one of the view's own returns gives that status from
constants and module names alone. ``json.loads(request.body)`` (Django) and
``json.loads(await request.body())`` are guarded the same way (``if not request.body:``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement

__all__ = ["EmptyBodyAcknowledged"]

_EMPTY = re.compile(r"\b(empty|blank|no|without (a|any)|missing)\s+(request\s+)?body\b"
                    r"|\bbody\s+(is|was)\s+(empty|blank|missing)\b", re.I)
_REFUSED = re.compile(r"\b(reject(ed|s)?|refuse[ds]?|errors?|invalid|malformed|bad request"
                      r"|not allowed|4\d\d|4xx)\b", re.I)
_STATUS = re.compile(r"(?<![\w.])([1-5]\d\d)(?![\w.])")


def _paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s*\n\s*", " ", p) for p in re.split(r"\n\s*\n", text)]


def _documented_status(docstring: str | None) -> tuple[int, str] | None:
    """The one status the paragraph about an empty body names, when it is a 2xx."""
    if not docstring:
        return None
    found = []
    for paragraph in _paragraphs(docstring):
        if _EMPTY.search(paragraph):
            if any(_EMPTY.search(s) and _REFUSED.search(s)
                   for s in re.split(r"(?<=[.;:])\s+", paragraph)):
                return None  # the empty body is refused, whatever status the rest names
            codes = {int(c) for c in _STATUS.findall(paragraph)}
            found.append((codes, paragraph))
    if len(found) != 1 or len(found[0][0]) != 1:
        return None
    (code,), paragraph = found[0]
    return (code, paragraph) if 200 <= code < 300 else None


def _body_test(statement: ast.stmt) -> str | None:
    """The test for an empty body of the JSON the statement decodes."""
    for node in ast.walk(statement):
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Attribute) \
                and node.value.func.attr == "json" and not node.value.args \
                and isinstance(node.value.func.value, ast.Name):
            return f"not await {node.value.func.value.id}.body()"
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "json.loads" \
                and len(node.args) == 1:
            given = node.args[0]
            if isinstance(given, ast.Attribute) and isinstance(given.value, ast.Name) \
                    and given.attr in {"body", "data"}:
                return f"not {ast.unparse(given)}"
            if isinstance(given, ast.Await) and ast.unparse(given.value).endswith(".body()"):
                return f"not {ast.unparse(given)}"
    return None


def _answer(function: ast.AsyncFunctionDef | ast.FunctionDef, code: int) -> str | None:
    """The expression of one of the view's returns that gives ``code`` and reads no local
    of the view (nothing the request gave)."""
    local = {a.arg for a in function.args.args + function.args.kwonlyargs} | {
        n.id for n in ast.walk(function) if isinstance(n, ast.Name)
        and isinstance(n.ctx, ast.Store)}
    answers = set()
    for node in ast.walk(function):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        names = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        codes = {n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant)
                 and isinstance(n.value, int) and not isinstance(n.value, bool)} | {
            int(m) for n in ast.walk(node.value) if isinstance(n, ast.Attribute | ast.Name)
            for m in re.findall(r"_(\d{3})(?:_|$)", ast.unparse(n))}
        if code in codes and not names & local:
            answers.add(ast.unparse(node.value))
    return answers.pop() if len(answers) == 1 else None


class EmptyBodyAcknowledged:
    name = "empty-body-acknowledged"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("JSONDecodeError") \
                or not analysis.message.startswith("Expecting value: line 1 column 1 (char 0)") \
                or crash is None or statement is None or function is None:
            return
        documented = _documented_status(ast.get_docstring(function))
        test = _body_test(statement)
        if documented is None or test is None:
            return
        if "await" in test and not isinstance(function, ast.AsyncFunctionDef):
            return
        code, paragraph = documented
        answer = _answer(function, code)
        if answer is None:
            return
        edited = insert_before_statement(crash.source, statement,
                                         [f"if {test}:", f"\treturn {answer}"])
        yield Candidate(
            strategy=self.name,
            description=f"An empty body is answered with {code} before it is decoded, as "
                        "the view's documentation says.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85,
            contract=f"the documentation says: \"{paragraph.strip()[:200]}\"",
        )

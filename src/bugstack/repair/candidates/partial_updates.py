"""Partial updates: a field the request left out is not touched.

``changes["email"] = changes["email"].strip().lower()`` rewrites a field of the changes
in place. When the function's docstring says only the fields sent change ("Partial
update: only the fields present in the body change"), a body without ``email`` has
nothing to rewrite: the statement runs only when the key is there, and the rest of the
function (saving the changes) goes on as before. Declines when the docstring is silent
about fields left out, and when the statement does anything but rewrite that one key.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import indent_unit, indentation_of

__all__ = ["rewrite_only_when_sent"]

_PARTIAL = re.compile(
    r"\bpartial\s+update"
    r"|\bonly\s+(?:the\s+)?fields?\s+(?:that\s+(?:are|is|were)\s+|the\s+\w+\s+)?"
    r"(?:present|sent|sends?|given|gives?|provided|provides?|included|includes?"
    r"|supplied|supplies)\b"
    r"|\b(?:every|all|any)\s+other\s+fields?\s+(?:keeps?|stays?|remains?)",
    re.IGNORECASE,
)


def _rewrites_key(statement: ast.stmt, node: ast.Subscript) -> bool:
    """``d[K] = f(d[K])``: one target, the very key read, on the same plain mapping."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
        return False
    target = statement.targets[0]
    return (isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant)
            and isinstance(node.slice, ast.Constant)
            and target.slice.value == node.slice.value
            and ast.dump(target.value) == ast.dump(node.value) and is_pure(node.value))


def rewrite_only_when_sent(analysis: Analysis, node: ast.Subscript,
                           strategy: str) -> Candidate | None:
    crash, statement, function = analysis.crash, analysis.statement, analysis.function
    if crash is None or statement is None or function is None or statement is function:
        return None
    if not isinstance(statement, ast.stmt) or not _rewrites_key(statement, node):
        return None
    docstring = ast.get_docstring(function) or ""
    said = _PARTIAL.search(" ".join(docstring.split()))
    if said is None:
        return None
    source = crash.source
    lines = source.splitlines(keepends=True)
    first, last = statement.lineno - 1, (statement.end_lineno or statement.lineno)
    indent, step = indentation_of(source, statement.lineno), indent_unit(source)
    mapping = ast.get_source_segment(source, node.value) or ast.unparse(node.value)
    index = ast.get_source_segment(source, node.slice) or ast.unparse(node.slice)
    body = "".join(step + line if line.strip() else line for line in lines[first:last])
    new = "".join(lines[:first]) + f"{indent}if {index} in {mapping}:\n" + body \
        + "".join(lines[last:])
    return Candidate(
        strategy=strategy,
        description=f"`{function.name}` now rewrites {index} only when `{mapping}` has it; "
                    "a request without it leaves that field as it was.",
        edits={crash.path: new}, originals={crash.path: source}, plausibility=0.8,
        contract=f"the docstring of `{function.name}` says \"{said.group(0)}\": a field "
                 "left out is not changed",
    )

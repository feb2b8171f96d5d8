"""A parse error on one item, caught around the statement that parses it.

``amount = Decimal(row["amount"])`` on a row whose amount is "n/a" raises; no guard can
test for that in advance, so the statement goes into ``try`` and the ``except`` gives up
on the item: ``continue`` in the loop over the items, ``return None`` in a per-item
function. Proposed only by :mod:`~bugstack.repair.candidates.skips`, where the
documentation says such items are skipped; anywhere else catching the error would hide it.
"""

from __future__ import annotations

import ast

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of

__all__ = ["PARSE_ERRORS", "catch_parse_error"]

#: What a parser raises for malformed text, and the name to catch it by when the module
#: does not import the class itself (JSONDecodeError is a ValueError).
PARSE_ERRORS = {"ValueError": "ValueError", "JSONDecodeError": "ValueError",
                "UnicodeDecodeError": "UnicodeDecodeError",
                "InvalidOperation": "InvalidOperation"}
_SIMPLE = ast.Assign | ast.AnnAssign | ast.AugAssign | ast.Expr | ast.Return


def catch_parse_error(analysis: Analysis, give_up: str) -> Candidate | None:
    """The crash statement wrapped so its parse error ends in ``give_up`` (``continue``
    or ``return None``); None when the statement or the error does not allow it."""
    crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
    if crash is None or statement is None or tree is None or not isinstance(statement, _SIMPLE):
        return None
    caught = _catchable_name(analysis.exc_type, tree)
    if caught is None:
        return None
    source = crash.source
    lines = source.splitlines(keepends=True)
    first, last = statement.lineno, statement.end_lineno or statement.lineno
    if lines[first - 1][:statement.col_offset].strip():
        return None  # shares its line with other code (`a = 1; b = int(x)`)
    indent, step = indentation_of(source, first), indent_unit(source)
    body = "".join(step + line if line.strip() else line for line in lines[first - 1:last])
    block = f"{indent}try:\n{body}{indent}except {caught}:\n{indent}{step}{give_up}\n"
    new = "".join(lines[:first - 1]) + block + "".join(lines[last:])
    what = "skips that item" if give_up == "continue" else "returns None for that item"
    return Candidate(
        strategy="documented-skip",
        description=f"When the item cannot be parsed ({analysis.exc_type}), the code now "
                    f"{what}.",
        edits={crash.path: new}, originals={crash.path: source}, plausibility=0.3,
    )


def _catchable_name(exc_type: str, tree: ast.Module) -> str | None:
    name = PARSE_ERRORS.get(exc_type)
    if name != "InvalidOperation":
        return name
    for node in tree.body:  # decimal's exception: by the name the module has for it
        if isinstance(node, ast.ImportFrom) and node.module == "decimal" and any(
            a.name == "InvalidOperation" for a in node.names
        ):
            return next(a.asname or a.name for a in node.names if a.name == "InvalidOperation")
        if isinstance(node, ast.Import) and any(a.name == "decimal" for a in node.names):
            return f"{next(a.asname or a.name for a in node.names if a.name == 'decimal')}" \
                ".InvalidOperation"
    return None

"""A blank value read where sibling code reads the very same expression with ``or X``.

``ZoneInfo(member["timezone"])`` raises for a member who never picked a zone (stored as
``""``), while the settings view of the same module answers
``member["timezone"] or DEFAULT_TIMEZONE``. The module has already said what a blank
``member["timezone"]`` means, so the crashing read says the same::

    when.astimezone(ZoneInfo(member["timezone"] or DEFAULT_TIMEZONE))

Falling back to another zone ("UTC") would show other times than the settings page says.
Backing, all required: the expression at the crash (a subscript or attribute of a plain
name) is captured blank (``""`` or None), the same expression, written the same way,
appears elsewhere in the module as the left side of ``or`` with a module constant named
after the key or attribute read (``DEFAULT_TIMEZONE`` for ``["timezone"]``) on the right,
and every such sibling uses the same fallback.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["SiblingOrFallback"]


def _blank(node: ast.expr, values: dict[str, str]) -> bool:
    """Whether ``name[key]`` or ``name.attr`` is blank in the captured locals."""
    base = node.value if isinstance(node, ast.Subscript | ast.Attribute) else None
    if not isinstance(base, ast.Name) or base.id not in values:
        return False
    try:
        captured = ast.literal_eval(values[base.id])
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return False
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
            and isinstance(captured, dict):
        value = captured.get(node.slice.value, 0)
        # sentry-sdk writes a dict's values as their reprs: {'timezone': "''"}.
        return value in ("", None, "''", '""', "None")
    return False


def _named_for(constant: str, read: ast.expr) -> bool:
    """``DEFAULT_TIMEZONE`` for ``member["timezone"]``: the constant is named after the
    key or attribute read. A literal (``or 0`` for a port to bind) or a constant named for
    something else (``or ALLOW_BACKORDER``) is that sibling's own decision, not a default
    of the value (adversarial review)."""
    key = read.slice.value if isinstance(read, ast.Subscript) and isinstance(
        read.slice, ast.Constant) else read.attr if isinstance(read, ast.Attribute) else None
    if not isinstance(key, str):
        return False
    words = [w for w in re.split(r"[^A-Z0-9]+", key.upper()) if w]
    return bool(words) and constant.upper().endswith("_".join(words))


class SiblingOrFallback:
    name = "sibling-or-fallback"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None:
            return
        constants = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                     if isinstance(t, ast.Name)}
        fallbacks: dict[str, set[str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) \
                    and len(node.values) == 2 and not (
                        statement.lineno <= node.lineno <= (statement.end_lineno or 0)):
                right = node.values[1]
                # Every sibling counts towards agreement; only a constant named for the
                # value read can then be its default.
                if isinstance(right, ast.Constant) or (
                        isinstance(right, ast.Name) and right.id in constants):
                    fallbacks.setdefault(ast.unparse(node.values[0]), set()).add(
                        ast.unparse(right))
        parents = {id(c): n for n in ast.walk(statement) for c in ast.iter_child_nodes(n)}
        for node in ast.walk(statement):
            if not isinstance(node, ast.Subscript | ast.Attribute) \
                    or not isinstance(node.ctx, ast.Load):
                continue
            text = ast.unparse(node)
            choices = fallbacks.get(text, set())
            parent = parents.get(id(node))
            if len(choices) != 1 or isinstance(parent, ast.BoolOp) \
                    or not _blank(node, analysis.values):
                continue
            fallback = choices.pop()
            if not _named_for(fallback, node):
                continue
            written = ast.get_source_segment(crash.source, node) or text
            alone = (isinstance(parent, ast.Call) and node in parent.args) \
                or isinstance(parent, ast.keyword | ast.Assign | ast.Return)
            new = f"{written} or {fallback}" if alone else f"({written} or {fallback})"
            yield Candidate(
                strategy=self.name,
                description=f"A blank `{written}` now falls back to {fallback}, as the module "
                            "reads it elsewhere.",
                edits={crash.path: replace_node(crash.source, node, new)},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f"the module already reads `{text} or {fallback}`",
            )

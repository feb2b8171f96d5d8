"""Iterate over ``x.get(key) or ()`` when a loop walks a value that may be missing.

Only a ``.get(...)`` with no default, iterated directly by the ``for`` statement or
comprehension on the crashing line, is changed: that call is the one place in the line
that can hand ``None`` to the loop.
"""

from __future__ import annotations

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, run_transformer


def _is_bare_get(node: cst.BaseExpression) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "get"
        and len(node.args) == 1
        and node.args[0].keyword is None
    )


def _or_empty(node: cst.BaseExpression) -> cst.BaseExpression:
    return cst.BooleanOperation(left=node, operator=cst.Or(), right=cst.Tuple(elements=[]))


class _IterateEmpty(LineScoped):
    def leave_For(self, original: cst.For, updated: cst.For) -> cst.For:
        if self.line is None or not self.starts_on(original) or not _is_bare_get(updated.iter):
            return updated
        self.changed = True
        return updated.with_changes(iter=_or_empty(updated.iter))

    def leave_CompFor(self, original: cst.CompFor, updated: cst.CompFor) -> cst.CompFor:
        if self.line is None or not self.covers(original) or not _is_bare_get(updated.iter):
            return updated
        self.changed = True
        return updated.with_changes(iter=_or_empty(updated.iter))


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _IterateEmpty(line))

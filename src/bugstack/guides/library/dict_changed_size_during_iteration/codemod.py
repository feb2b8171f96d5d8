"""Iterate over a snapshot (``list(...)``) when the loop body mutates what it iterates."""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

_VIEWS = {"items", "keys", "values"}
_MUTATORS = {"pop", "popitem", "clear", "update", "setdefault", "add", "discard", "remove"}


def _container(iterable: cst.BaseExpression) -> str | None:
    """``d`` for ``for x in d`` / ``d.items()`` / ``d.keys()`` / ``d.values()``."""
    if isinstance(iterable, cst.Call):
        func = iterable.func
        if isinstance(func, cst.Attribute) and func.attr.value in _VIEWS and not iterable.args:
            return dotted_name(func.value)
        return None
    return dotted_name(iterable)


def _mutates(body: cst.BaseSuite, name: str) -> bool:
    def same(node: cst.BaseExpression) -> bool:
        return dotted_name(node) == name

    for node in m.findall(body, m.Del() | m.AssignTarget() | m.Call()):
        if isinstance(node, cst.Del):
            targets: list[cst.BaseExpression] = [node.target]
            if isinstance(node.target, cst.Tuple):
                targets = [e.value for e in node.target.elements]
            if any(isinstance(t, cst.Subscript) and same(t.value) for t in targets):
                return True
        elif isinstance(node, cst.AssignTarget):
            if isinstance(node.target, cst.Subscript) and same(node.target.value):
                return True
        elif (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value in _MUTATORS
            and same(node.func.value)
        ):
            return True
    return False


class _IterateSnapshot(LineScoped):
    def leave_For(self, original: cst.For, updated: cst.For) -> cst.For:
        if self.line is None or not self.starts_on(original):
            return updated
        name = _container(updated.iter)
        if name is None or not _mutates(updated.body, name):
            return updated
        self.changed = True
        return updated.with_changes(
            iter=cst.Call(func=cst.Name("list"), args=[cst.Arg(value=updated.iter)])
        )


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _IterateSnapshot(line))

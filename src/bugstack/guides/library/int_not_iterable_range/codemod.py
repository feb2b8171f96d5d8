"""Loop over ``range(n)`` when a ``for`` statement iterates a count (``len(...)`` or a number)."""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_COUNT = m.Call(func=m.Name("len")) | m.Integer()


class _IterateRange(LineScoped):
    def _wrap(self, iterable: cst.BaseExpression) -> cst.BaseExpression | None:
        if not m.matches(iterable, _COUNT):
            return None
        self.changed = True
        return cst.Call(func=cst.Name("range"), args=[cst.Arg(value=iterable)])

    def leave_For(self, original: cst.For, updated: cst.For) -> cst.For:
        if self.line is None or not self.starts_on(original):
            return updated
        new = self._wrap(updated.iter)
        return updated if new is None else updated.with_changes(iter=new)

    def leave_CompFor(self, original: cst.CompFor, updated: cst.CompFor) -> cst.CompFor:
        if self.line is None or not self.covers(original):
            return updated
        new = self._wrap(updated.iter)
        return updated if new is None else updated.with_changes(iter=new)


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _IterateRange(line))

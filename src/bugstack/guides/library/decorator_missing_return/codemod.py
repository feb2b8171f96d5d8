"""Add ``return wrapper`` to a decorator that defines a wrapper and never returns it.

The crashing line calls a function; when that function is decorated, in the same file,
by a decorator whose body defines exactly one inner function and has no ``return`` of
its own, the recipe appends ``return <inner function>`` to the decorator.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer


def _returns(func: cst.FunctionDef) -> bool:
    """Whether the function's own body (not nested functions) has a ``return``."""

    class _Finder(cst.CSTVisitor):
        found = False

        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is func

        def visit_Return(self, node: cst.Return) -> None:
            self.found = True

    finder = _Finder()
    func.visit(finder)
    return finder.found


def _broken_decorators(module: cst.Module) -> dict[str, str]:
    """Decorator name -> name of the inner function it forgets to return."""
    broken: dict[str, str] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.FunctionDef) or _returns(stmt):
            continue
        if not isinstance(stmt.body, cst.IndentedBlock):
            continue
        inner = [s for s in stmt.body.body if isinstance(s, cst.FunctionDef)]
        if len(inner) == 1 and len(stmt.params.params) == 1:
            broken[stmt.name.value] = inner[0].name.value
    return broken


def _decorated_by(module: cst.Module) -> dict[str, set[str]]:
    """Function or method name -> names of the module-level decorators applied to it."""
    found: dict[str, set[str]] = {}
    for func in m.findall(module, m.FunctionDef()):
        assert isinstance(func, cst.FunctionDef)
        names = {dotted_name(d.decorator) for d in func.decorators}
        found.setdefault(func.name.value, set()).update(n for n in names if n)
    return found


class _ReturnWrapper(LineScoped):
    METADATA_DEPENDENCIES = (cst.metadata.PositionProvider, cst.metadata.ParentNodeProvider)

    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.fix: dict[str, str] = {}

    def visit_Module(self, node: cst.Module) -> None:
        if self.line is None:
            return
        broken = _broken_decorators(node)
        decorated = _decorated_by(node)
        for call in m.findall(node, m.Call()):
            assert isinstance(call, cst.Call)
            if not self.covers(call):
                continue
            name = dotted_name(call.func)
            if name is None:
                continue
            for decorator in decorated.get(name.rsplit(".", 1)[-1], set()):
                if decorator in broken:
                    self.fix[decorator] = broken[decorator]

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        inner = self.fix.get(updated.name.value)
        if inner is None or not isinstance(updated.body, cst.IndentedBlock):
            return updated
        if original is not _top_level(original, self):
            return updated
        self.changed = True
        ret = cst.SimpleStatementLine(body=[cst.Return(value=cst.Name(inner))])
        return updated.with_changes(body=updated.body.with_changes(body=[*updated.body.body, ret]))


def _top_level(func: cst.FunctionDef, transformer: _ReturnWrapper) -> cst.FunctionDef | None:
    # Only module-level decorators were analysed; a same-named nested function is not one.
    parent = transformer.get_metadata(cst.metadata.ParentNodeProvider, func, None)
    return func if isinstance(parent, cst.Module) else None


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _ReturnWrapper(line))

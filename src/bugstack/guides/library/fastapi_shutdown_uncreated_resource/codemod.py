"""Guard a shutdown call on an ``app.state`` resource that start-up may never have set.

``await app.state.cache.close()`` on the crashing line becomes a lookup with a default
and a call only when the resource exists, so shutdown closes only what was opened.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer


def _state_call(stmt: cst.SimpleStatementLine) -> tuple[cst.Attribute, str, bool] | None:
    """For ``[await] X.state.NAME.method(...)``: (the ``X.state`` node, NAME, awaited)."""
    if len(stmt.body) != 1 or not isinstance(stmt.body[0], cst.Expr):
        return None
    value = stmt.body[0].value
    awaited = isinstance(value, cst.Await)
    call = value.expression if isinstance(value, cst.Await) else value
    if not m.matches(
        call,
        m.Call(func=m.Attribute(value=m.Attribute(value=m.Attribute(attr=m.Name("state"))))),
    ):
        return None
    assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
    resource = call.func.value
    assert isinstance(resource, cst.Attribute) and isinstance(resource.value, cst.Attribute)
    if dotted_name(resource.value) is None:
        return None
    return resource.value, resource.attr.value, awaited


class _GuardShutdown(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.names_in_function: list[set[str]] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        attrs = {id(a.attr) for a in m.findall(node, m.Attribute()) if isinstance(a, cst.Attribute)}
        self.names_in_function.append(
            {
                n.value
                for n in m.findall(node, m.Name())
                if isinstance(n, cst.Name) and id(n) not in attrs
            }
        )

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.names_in_function.pop()
        return updated

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if self.line is None or not self.covers(original) or not self.names_in_function:
            return updated
        found = _state_call(updated)
        if found is None:
            return updated
        state, name, _ = found
        if name in self.names_in_function[-1]:
            return updated  # the short name is taken in this function; do not shadow it
        expr = updated.body[0]
        assert isinstance(expr, cst.Expr)
        # Re-point the call at the local name: X.state.NAME.method(...) -> NAME.method(...)
        renamed = expr.visit(_ReplaceAttribute(state, name))
        assert isinstance(renamed, cst.Expr)
        lookup = cst.SimpleStatementLine(
            body=[
                cst.Assign(
                    targets=[cst.AssignTarget(target=cst.Name(name))],
                    value=cst.Call(
                        func=cst.Name("getattr"),
                        args=[
                            cst.Arg(value=state),
                            cst.Arg(value=cst.SimpleString(f'"{name}"')),
                            cst.Arg(value=cst.Name("None")),
                        ],
                    ),
                )
            ],
            leading_lines=updated.leading_lines,
        )
        guard = cst.If(
            test=cst.Comparison(
                left=cst.Name(name),
                comparisons=[cst.ComparisonTarget(cst.IsNot(), cst.Name("None"))],
            ),
            body=cst.IndentedBlock(body=[updated.with_changes(body=[renamed], leading_lines=[])]),
        )
        self.changed = True
        return cst.FlattenSentinel([lookup, guard])


class _ReplaceAttribute(cst.CSTTransformer):
    def __init__(self, state: cst.Attribute, name: str) -> None:
        super().__init__()
        self.state = state
        self.name = name

    def leave_Attribute(
        self, original: cst.Attribute, updated: cst.Attribute
    ) -> cst.BaseExpression:
        if original.attr.value == self.name and original.value.deep_equals(self.state):
            return cst.Name(self.name)
        return updated


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _GuardShutdown(line))

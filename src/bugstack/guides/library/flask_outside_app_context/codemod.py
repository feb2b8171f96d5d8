"""Run code that needs Flask's application context inside ``with app.app_context():``.

The statement wrapped is the outermost one of the app's own code on the failing path,
at module level or under ``if __name__ == "__main__":``, that calls a function of the
same file which uses ``current_app`` or ``g``. The file must create the Flask app
(``app = Flask(...)``), whose name is used for the ``with``.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

_CONTEXT_NAMES = {"current_app", "g", "flask.current_app", "flask.g"}


def _flask_app(module: cst.Module) -> str | None:
    for stmt in module.body:
        if m.matches(
            stmt,
            m.SimpleStatementLine(
                body=[m.Assign(targets=[m.AssignTarget(target=m.Name())], value=m.Call())]
            ),
        ):
            assert isinstance(stmt, cst.SimpleStatementLine)
            assign = stmt.body[0]
            assert isinstance(assign, cst.Assign) and isinstance(assign.value, cst.Call)
            if dotted_name(assign.value.func) in ("Flask", "flask.Flask"):
                target = assign.targets[0].target
                assert isinstance(target, cst.Name)
                return target.value
    return None


def _needs_context(module: cst.Module) -> set[str]:
    """Module-level functions whose bodies use ``current_app`` or ``g``."""
    needing: set[str] = set()
    for stmt in module.body:
        if not isinstance(stmt, cst.FunctionDef):
            continue
        for node in m.findall(stmt.body, m.Name() | m.Attribute()):
            assert isinstance(node, cst.Name | cst.Attribute)
            if dotted_name(node) in _CONTEXT_NAMES:
                needing.add(stmt.name.value)
                break
    return needing


def _is_main_guard(node: cst.If) -> bool:
    return m.matches(
        node.test,
        m.Comparison(
            left=m.Name("__name__"),
            comparisons=[m.ComparisonTarget(m.Equal(), m.SimpleString())],
        ),
    )


class _WrapInContext(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.app: str | None = None
        self.needing: set[str] = set()
        self.depth = 0  # 0: module level; 1: directly under the __main__ guard

    def visit_Module(self, node: cst.Module) -> None:
        self.app = _flask_app(node)
        self.needing = _needs_context(node)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_With(self, node: cst.With) -> bool:
        return False  # code already inside a with block is left as it is

    def visit_If(self, node: cst.If) -> bool:
        return _is_main_guard(node)

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.BaseStatement:
        if self.line is None or self.app is None or not self.covers(original):
            return updated
        calls = {
            dotted_name(c.func) for c in m.findall(original, m.Call()) if isinstance(c, cst.Call)
        }
        if not calls & self.needing:
            return updated
        self.changed = True
        return cst.With(
            items=[cst.WithItem(item=cst.parse_expression(f"{self.app}.app_context()"))],
            body=cst.IndentedBlock(body=[updated.with_changes(leading_lines=[])]),
            leading_lines=updated.leading_lines,
        )


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _WrapInContext(line))


def fix_site(site: CrashSite) -> dict[str, str]:
    # Outermost first: the context belongs around the entry point, not deep inside.
    for frame in site.frames:
        new = rewrite(frame.source, frame.lineno)
        if new is not None:
            return {frame.path: new}
    return {}

"""Check a regular-expression match for ``None`` before reading its groups.

``return re.match(...).group(...)`` on the crashing line becomes: the match kept in a
name, ``return None`` when there is none, and the same ``.group(...)`` read otherwise.
Only ``return`` statements are changed, so "no match" reaches the caller as ``None``;
and only in a function whose return annotation, if it has one, allows ``None`` (a
function declared ``-> str`` promises text, and None would break that promise at every
caller).
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_REGEX_CALL = m.Call(
    func=m.Attribute(
        value=m.Name(),
        attr=m.Name("match") | m.Name("search") | m.Name("fullmatch"),
    )
)
_GROUP_OF_MATCH = m.Call(
    func=m.Attribute(
        value=_REGEX_CALL, attr=m.Name("group") | m.Name("groups") | m.Name("groupdict")
    )
)
_NAME = "found"


def _allows_none(returns: cst.Annotation | None) -> bool:
    """No annotation, or one that names None (``str | None``, ``Optional[str]``)."""
    if returns is None:
        return True
    text = cst.Module(body=[]).code_for_node(returns.annotation)
    return "None" in text or "Optional" in text or text in ("Any", "typing.Any", "object")


class _CheckMatch(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.names: list[set[str]] = []
        self.allows_none: list[bool] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.names.append({n.value for n in m.findall(node, m.Name()) if isinstance(n, cst.Name)})
        self.allows_none.append(_allows_none(node.returns))

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.names.pop()
        self.allows_none.pop()
        return updated

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if self.line is None or not self.names or _NAME in self.names[-1] \
                or not self.allows_none[-1]:
            return updated
        if len(updated.body) != 1 or not self.covers(original):
            return updated
        ret = updated.body[0]
        if not isinstance(ret, cst.Return) or ret.value is None:
            return updated
        if not m.matches(ret.value, _GROUP_OF_MATCH):
            return updated
        call = ret.value
        assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
        self.changed = True
        keep = cst.SimpleStatementLine(
            body=[cst.Assign(targets=[cst.AssignTarget(cst.Name(_NAME))], value=call.func.value)],
            leading_lines=updated.leading_lines,
        )
        guard = cst.If(
            test=cst.parse_expression(f"{_NAME} is None"),
            body=cst.IndentedBlock(body=[cst.parse_statement("return None\n")]),
        )
        read = updated.with_changes(
            body=[
                ret.with_changes(
                    value=call.with_changes(func=call.func.with_changes(value=cst.Name(_NAME)))
                )
            ],
            leading_lines=[],
        )
        return cst.FlattenSentinel([keep, guard, read])


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _CheckMatch(line))

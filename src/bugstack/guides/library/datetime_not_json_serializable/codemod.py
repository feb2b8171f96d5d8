"""Give ``json.dumps``/``json.dump`` on the crashing line a ``default`` for dates and times.

The helper added next to the failing function writes ``date``, ``time`` and ``datetime``
values as ISO 8601 text and refuses anything else exactly as ``json`` does, so other
unsupported types keep failing loudly instead of turning into arbitrary strings.
"""

from __future__ import annotations

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, call_name, run_transformer

HELPER = "_json_default"
_HELPER_SOURCE = '''def _json_default(value: object) -> str:
    """Write dates and times as ISO 8601 text; refuse anything else, as json does."""
    from datetime import date, time

    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
'''
_DUMPERS = {"json.dumps", "json.dump"}


class _AddDefault(LineScoped):
    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or call_name(updated) not in _DUMPERS or not self.covers(original):
            return updated
        keywords = {a.keyword.value for a in updated.args if a.keyword is not None}
        if "default" in keywords or "cls" in keywords:
            return updated
        if any(a.star for a in updated.args):
            return updated
        self.changed = True
        last = updated.args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        return updated.with_changes(
            args=[
                *updated.args[:-1],
                last,
                cst.Arg(
                    keyword=cst.Name("default"),
                    value=cst.Name(HELPER),
                    equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
                ),
            ]
        )


def _with_helper(source: str, line: int) -> str:
    module = cst.parse_module(source)
    if any(isinstance(s, cst.FunctionDef) and s.name.value == HELPER for s in module.body):
        return source
    helper = cst.parse_statement(_HELPER_SOURCE)
    body = list(module.body)
    # Put the helper right above the top-level statement holding the crashing line.
    wrapper = cst.MetadataWrapper(module)
    positions = wrapper.resolve(cst.metadata.PositionProvider)
    index = len(body)
    for i, stmt in enumerate(wrapper.module.body):
        pos = positions[stmt]
        if pos.start.line <= line <= pos.end.line:
            index = i
            break
    target = body[index] if index < len(body) else None
    if isinstance(target, cst.SimpleStatementLine | cst.BaseCompoundStatement):
        helper = helper.with_changes(leading_lines=target.leading_lines)
        body[index] = target.with_changes(leading_lines=[cst.EmptyLine(), cst.EmptyLine()])
    body.insert(index, helper)
    return module.with_changes(body=body).code


def rewrite(source: str, line: int | None) -> str | None:
    if line is None:
        return None
    new = run_transformer(source, _AddDefault(line))
    return None if new is None else _with_helper(new, line)

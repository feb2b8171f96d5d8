"""Let ``JsonResponse`` send what the view gives it: ``JsonResponse(items)`` ->
``JsonResponse(items, safe=False)``.

Only a ``JsonResponse(...)`` call on the crashing line without a ``safe=`` argument is
changed, and only when its data is not a dict display: a dict would not have raised, and
a call that says ``safe=`` already chose. The data keeps its shape, so the clients that
read a bare array (the reason the view builds one) keep working.

Whether a bare array is what the view should send is the view's own word: the function's
docstring, or a comment above the call, must say so ("a bare JSON array of names"). A
view silent on it may just as well have been meant to wrap the list in an object, as an
API that answers every collection with ``{"count": n, "results": [...]}`` does; that
choice is left to a person.
"""

from __future__ import annotations

import ast
import re

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer


class _AllowNonDict(LineScoped):
    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.covers(original):
            return updated
        name = dotted_name(updated.func)
        if name is None or name.rsplit(".", 1)[-1] != "JsonResponse" or not updated.args:
            return updated
        data = updated.args[0]
        if data.keyword is not None or data.star or isinstance(data.value, cst.Dict) \
                or any(arg.keyword is not None and arg.keyword.value == "safe"
                       for arg in updated.args):
            return updated
        args = list(updated.args)
        last = args[-1]
        args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        args.append(cst.Arg(keyword=cst.Name("safe"), value=cst.Name("False"),
                            equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                                                  whitespace_after=cst.SimpleWhitespace(""))))
        self.changed = True
        return updated.with_changes(args=args)


_ARRAY = re.compile(r"\b(?:JSON\s+)?arrays?\b|\bbare\s+lists?\b", re.I)


def _array_documented(source: str, line: int | None) -> bool:
    """The view around ``line`` says, in its docstring or a comment above the line, that
    it answers a bare array."""
    if line is None:
        return False
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    lines = source.splitlines()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                and node.lineno <= line <= (node.end_lineno or node.lineno):
            comments = [text.strip() for text in lines[node.lineno - 1:line]
                        if text.strip().startswith("#")]
            return bool(_ARRAY.search(" ".join([ast.get_docstring(node) or "", *comments])))
    return False


def rewrite(source: str, line: int | None) -> str | None:
    if not _array_documented(source, line):
        return None  # the view does not say a bare array is meant: wrapping it may be
    return run_transformer(source, _AllowNonDict(line))

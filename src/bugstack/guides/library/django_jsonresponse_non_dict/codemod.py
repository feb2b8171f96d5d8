"""Let ``JsonResponse`` send what the view gives it: ``JsonResponse(items)`` ->
``JsonResponse(items, safe=False)``.

Only a ``JsonResponse(...)`` call on the crashing line without a ``safe=`` argument is
changed, and only when its data is not a dict display: a dict would not have raised, and
a call that says ``safe=`` already chose. The data keeps its shape, so the clients that
read a bare array (the reason the view builds one) keep working.
"""

from __future__ import annotations

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


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _AllowNonDict(line))

"""A coroutine used as its result: the ``await`` that was forgotten.

``'coroutine' object has no attribute 'x'`` (or is not subscriptable / iterable) inside
an ``async def`` means a coroutine function was called without ``await``. The call that
produced the value gets its ``await``: where the value is assigned, or in place when the
call is used directly.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import called_name
from bugstack.repair.candidates.edits import replace_node

__all__ = ["MissingAwait"]


def _coroutine_functions(analysis: Analysis) -> set[str]:
    names: set[str] = set()
    for _, _, tree in analysis.parsed_files("async def"):
        names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef)}
    return names


class MissingAwait:
    name = "missing-await"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if crash is None or statement is None or not isinstance(function, ast.AsyncFunctionDef):
            return
        if "'coroutine' object" not in analysis.message:
            return
        coroutines = _coroutine_functions(analysis)
        calls: list[ast.Call] = []
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and called_name(node) in coroutines:
                calls.append(node)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                value = origin_of(function, node.id, crash.lineno)
                if isinstance(value, ast.Call) and called_name(value) in coroutines:
                    calls.append(value)
        awaited = {id(n.value) for n in ast.walk(function) if isinstance(n, ast.Await)}
        for call in {id(c): c for c in calls if id(c) not in awaited}.values():
            text = ast.get_source_segment(crash.source, call) or ast.unparse(call)
            new = replace_node(crash.source, call, f"(await {text})")
            # Parentheses are only needed when the call is part of a larger expression.
            plain = replace_node(crash.source, call, f"await {text}")
            try:
                ast.parse(plain)
                if ast.dump(ast.parse(plain)) == ast.dump(ast.parse(new)):
                    new = plain
            except SyntaxError:
                pass
            yield Candidate(
                strategy=self.name,
                description=f"`{called_name(call)}` is a coroutine function and was called "
                            "without `await`; its result is now awaited.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85, contract=f"`{called_name(call)}` is declared `async def`",
            )

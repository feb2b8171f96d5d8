"""Turning a sync helper that starts its own event loop into an ``async def``.

Shared by the guides for ``asyncio.run() cannot be called from a running event loop``
and ``This event loop is already running``: both come from a synchronous function that
drives a coroutine itself while it is being called from async code. The fix makes the
helper async, awaits the coroutine in place of the loop call, and awaits the helper at
its call sites. It applies only when every call site of the helper in the file is inside
an ``async def``, since a sync caller could not await it.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

__all__ = ["rewrite_loop_runner"]


def _runner_argument(call: cst.Call, runners: tuple[str, ...]) -> cst.BaseExpression | None:
    """The coroutine of ``asyncio.run(coro)`` / ``<loop>.run_until_complete(coro)``."""
    name = dotted_name(call.func)
    code = cst.Module(body=[]).code_for_node(call.func)
    matched = name in runners or any(code.endswith(r) for r in runners if r.startswith("."))
    if not matched or len(call.args) != 1 or call.args[0].keyword is not None:
        return None
    return call.args[0].value


class _FindHelper(cst.CSTVisitor):
    """Which top-level sync function holds the runner call on the crashing line."""

    METADATA_DEPENDENCIES = (cst.metadata.PositionProvider,)

    def __init__(self, line: int, runners: tuple[str, ...]) -> None:
        super().__init__()
        self.line = line
        self.runners = runners
        self.helper: str | None = None
        self.function: cst.FunctionDef | None = None

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        if self.function is None:
            self.function = node
            visit = True
        else:
            visit = False  # nested functions are not handled
        return visit

    def leave_FunctionDef(self, original: cst.FunctionDef) -> None:
        if self.function is original:
            self.function = None

    def visit_Call(self, node: cst.Call) -> None:
        pos = self.get_metadata(cst.metadata.PositionProvider, node)
        if not pos.start.line <= self.line <= pos.end.line or self.function is None:
            return
        if self.function.asynchronous is None and _runner_argument(node, self.runners):
            self.helper = self.function.name.value


class _MakeAsync(LineScoped):
    def __init__(self, line: int | None, helper: str, runners: tuple[str, ...]) -> None:
        super().__init__(line)
        self.helper = helper
        self.runners = runners
        self.function_stack: list[cst.FunctionDef] = []
        self.sync_callers = 0

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.function_stack.append(node)

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.function_stack.pop()
        if original.name.value == self.helper and not self.function_stack:
            return updated.with_changes(asynchronous=cst.Asynchronous())
        return updated

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        inside = self.function_stack[-1] if self.function_stack else None
        if inside is not None and inside.name.value == self.helper:
            coroutine = _runner_argument(updated, self.runners)
            if coroutine is not None:
                self.changed = True
                return cst.Await(expression=coroutine)
            return updated
        if dotted_name(updated.func) == self.helper:
            if inside is None or inside.asynchronous is None:
                self.sync_callers += 1
                return updated
            return cst.Await(expression=updated)
        return updated

    def leave_Await(self, original: cst.Await, updated: cst.Await) -> cst.BaseExpression:
        # `await helper()` already awaited: do not stack a second await on it.
        if isinstance(updated.expression, cst.Await):
            return updated.with_changes(expression=updated.expression.expression)
        return updated


def rewrite_loop_runner(source: str, line: int | None, runners: tuple[str, ...]) -> str | None:
    if line is None:
        return None
    module = cst.parse_module(source)
    wrapper = cst.MetadataWrapper(module)
    finder = _FindHelper(line, runners)
    wrapper.visit(finder)
    if finder.helper is None:
        return None
    if any(
        m.matches(s, m.FunctionDef(name=m.Name(finder.helper)))
        for s in m.findall(module, m.FunctionDef())
        if s not in module.body
    ):
        return None  # a nested function of the same name would make call sites ambiguous
    transformer = _MakeAsync(None, finder.helper, runners)
    new = run_transformer(source, transformer)
    if new is None or transformer.sync_callers:
        return None
    return new

"""Move ``@app.on_event`` handlers (and resources opened at import) into a lifespan.

The lifespan opens in the order the app did, on the server's own event loop, and closes
only what it opened: each shutdown handler that uses a resource is paired with the step
that opened it and runs in a ``finally`` around everything that follows, so a failure
half-way through start-up closes the resources already open and touches no other.
Shutdown handlers that use nothing opened here run after ``yield``, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import add_imports, dotted_name

_IMPORT_TIME_RUNNERS = {"asyncio.run", "asyncio.get_event_loop().run_until_complete"}


@dataclass
class _Step:
    """One opening step of the lifespan, and the shutdown handlers that undo it."""

    lines: list[str]
    opens: set[str]
    closers: list[str] = field(default_factory=list)


def _app_statement(module: cst.Module) -> tuple[int, str, cst.Call] | None:
    for index, stmt in enumerate(module.body):
        if not m.matches(
            stmt, m.SimpleStatementLine(body=[m.Assign(targets=[m.AssignTarget(target=m.Name())])])
        ):
            continue
        assert isinstance(stmt, cst.SimpleStatementLine)
        assign = stmt.body[0]
        assert isinstance(assign, cst.Assign) and isinstance(assign.targets[0].target, cst.Name)
        call = assign.value
        if isinstance(call, cst.Call) and dotted_name(call.func) in ("FastAPI", "fastapi.FastAPI"):
            return index, assign.targets[0].target.value, call
    return None


def _event_kind(func: cst.FunctionDef, app: str) -> str | None:
    for decorator in func.decorators:
        dec = decorator.decorator
        if (
            isinstance(dec, cst.Call)
            and dotted_name(dec.func) == f"{app}.on_event"
            and len(dec.args) == 1
            and isinstance(dec.args[0].value, cst.SimpleString)
        ):
            kind = dec.args[0].value.evaluated_value
            if kind in ("startup", "shutdown"):
                return str(kind)
    return None


def _resources(node: cst.CSTNode, app: str, *, assigned_only: bool) -> set[str]:
    """Globals and ``app.state`` attributes a handler assigns (or merely uses)."""
    found: set[str] = set()
    state = f"{app}.state."
    if assigned_only:
        declared = {
            n.name.value
            for g in m.findall(node, m.Global())
            for n in (g.names if isinstance(g, cst.Global) else ())
        }
        for target in m.findall(node, m.AssignTarget()):
            assert isinstance(target, cst.AssignTarget)
            name = dotted_name(target.target)
            if name is not None and (name in declared or name.startswith(state)):
                found.add(name)
        return found
    for expr in m.findall(node, m.Name() | m.Attribute()):
        assert isinstance(expr, cst.Name | cst.Attribute)
        name = dotted_name(expr)
        if name is not None:
            found.add(name)
    return found


def _import_time_open(stmt: cst.BaseStatement, code: cst.Module) -> tuple[str, str] | None:
    """``NAME = asyncio.run(EXPR)`` at module level -> (NAME, EXPR source)."""
    if not m.matches(
        stmt,
        m.SimpleStatementLine(
            body=[
                m.Assign(
                    targets=[m.AssignTarget(target=m.Name())],
                    value=m.Call(args=[m.Arg(keyword=None)]),
                )
            ]
        ),
    ):
        return None
    assert isinstance(stmt, cst.SimpleStatementLine)
    assign = stmt.body[0]
    assert isinstance(assign, cst.Assign) and isinstance(assign.value, cst.Call)
    runner = code.code_for_node(assign.value.func)
    if runner not in _IMPORT_TIME_RUNNERS:
        return None
    target = assign.targets[0].target
    assert isinstance(target, cst.Name)
    return target.value, code.code_for_node(assign.value.args[0].value)


def _used_at_import(module: cst.Module, name: str, skip: set[int]) -> bool:
    for index, stmt in enumerate(module.body):
        if index in skip or isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            continue
        if any(isinstance(n, cst.Name) and n.value == name for n in m.findall(stmt, m.Name(name))):
            return True
    return False


def _comments(stmt: cst.SimpleStatementLine | cst.FunctionDef) -> list[str]:
    return [line.comment.value for line in stmt.leading_lines if line.comment is not None]


def _render(steps: list[_Step], after_yield: list[str], globals_: list[str], app_type: str) -> str:
    def block(i: int) -> list[str]:
        if i == len(steps):
            return ["yield", *after_yield]
        step = steps[i]
        inner = block(i + 1)
        if not step.closers:
            return [*step.lines, *inner]
        return [
            *step.lines,
            "try:",
            *("    " + line for line in inner),
            "finally:",
            *("    " + line for line in reversed(step.closers)),
        ]

    body = ([f"global {', '.join(globals_)}"] if globals_ else []) + block(0)
    return (
        "\n".join(
            [
                "@asynccontextmanager",
                f"async def lifespan(app: {app_type}) -> AsyncIterator[None]:",
                *("    " + line for line in body),
            ]
        )
        + "\n"
    )


def rewrite(source: str, line: int | None) -> str | None:
    module = cst.parse_module(source)
    found = _app_statement(module)
    if found is None:
        return None
    app_index, app, app_call = found
    if any(arg.keyword is not None and arg.keyword.value == "lifespan" for arg in app_call.args):
        return None
    if any(
        isinstance(s, cst.FunctionDef | cst.ClassDef) and s.name.value == "lifespan"
        for s in module.body
    ):
        return None

    handlers: dict[int, tuple[cst.FunctionDef, str]] = {}
    opens: dict[int, tuple[str, str]] = {}
    for index, stmt in enumerate(module.body):
        if isinstance(stmt, cst.FunctionDef):
            kind = _event_kind(stmt, app)
            if kind is not None:
                handlers[index] = (stmt, kind)
        elif index != app_index:
            opened = _import_time_open(stmt, module)
            if opened is not None:
                opens[index] = opened
    if not handlers:
        return None
    if any(_used_at_import(module, name, set(opens)) for name, _ in opens.values()):
        return None  # module code needs the resource at import time: moving it would break

    steps: list[_Step] = []
    globals_: list[str] = []
    for index in sorted(opens):
        name, expr = opens[index]
        stmt = module.body[index]
        assert isinstance(stmt, cst.SimpleStatementLine)
        globals_.append(name)
        steps.append(_Step(lines=[*_comments(stmt), f"{name} = await {expr}"], opens={name}))
    for index in sorted(handlers):
        func, kind = handlers[index]
        if kind == "startup":
            call = f"await {func.name.value}()" if func.asynchronous else f"{func.name.value}()"
            steps.append(_Step(lines=[call], opens=_resources(func, app, assigned_only=True)))
    after_yield: list[str] = []
    for index in sorted(handlers):
        func, kind = handlers[index]
        if kind != "shutdown":
            continue
        call = f"await {func.name.value}()" if func.asynchronous else f"{func.name.value}()"
        used = _resources(func.body, app, assigned_only=False)
        owner = next((s for s in reversed(steps) if s.opens & used), None)
        if owner is None:
            after_yield.append(call)
        else:
            owner.closers.append(call)

    lifespan_src = _render(steps, after_yield, globals_, module.code_for_node(app_call.func))
    lifespan = cst.parse_statement(lifespan_src)
    assert isinstance(lifespan, cst.FunctionDef)
    app_stmt = module.body[app_index]
    assert isinstance(app_stmt, cst.SimpleStatementLine)
    lifespan = lifespan.with_changes(leading_lines=app_stmt.leading_lines)
    app_assign = app_stmt.body[0]
    assert isinstance(app_assign, cst.Assign)
    new_call = app_call.with_changes(
        args=[
            *app_call.args,
            cst.Arg(
                keyword=cst.Name("lifespan"),
                value=cst.Name("lifespan"),
                equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
            ),
        ]
    )
    new_app_stmt = app_stmt.with_changes(
        body=[app_assign.with_changes(value=new_call)],
        leading_lines=[cst.EmptyLine(), cst.EmptyLine()],
    )

    body: list[cst.BaseStatement] = []
    for index, stmt in enumerate(module.body):
        if index == app_index:
            body.extend([lifespan, new_app_stmt])
        elif index in opens:
            continue
        elif index in handlers:
            func = handlers[index][0]
            kept = [
                d
                for d in func.decorators
                if _event_kind(func.with_changes(decorators=[d]), app) is None
            ]
            body.append(func.with_changes(decorators=kept))
        else:
            body.append(stmt)
    new_source = module.with_changes(body=body).code
    return add_imports(
        new_source,
        [("collections.abc", "AsyncIterator"), ("contextlib", "asynccontextmanager")],
    )

"""A coroutine run to completion from code that is already inside the event loop.

``RuntimeError: asyncio.run() cannot be called from a running event loop`` (or ``This
event loop is already running`` from ``run_until_complete``) means a loop runner was
reached from async code. Two shapes are answered here, both by awaiting the coroutine
where the loop already runs:

* the runner sits in an ``async def`` itself: ``asyncio.run(fetch())`` becomes
  ``await fetch()`` in place;
* the runner sits in a thin sync wrapper (``def city_for_ip_sync(ip): return
  asyncio.run(city_for_ip(ip))``) that an ``async def`` caller called: the caller awaits
  the coroutine function directly (``await city_for_ip(payload.ip)``), with the wrapper's
  parameters bound to the caller's arguments. The wrapper stays as it is for its sync
  callers (command-line tools, batch jobs); making it ``async`` would break them.

The wrapper's rewrite is backed when a sibling async function already awaits the
coroutine function directly, or when the wrapper's docstring says it is meant for code
without an event loop. Without either, the candidate is a guess.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_function, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import called_name
from bugstack.repair.candidates.edits import insert_import, replace_node

__all__ = ["AwaitInsteadOfLoopRunner"]

_MESSAGE = re.compile(r"asyncio\.run\(\) cannot be called from a running event loop"
                      r"|This event loop is already running")
# A wrapper's docstring that reserves it for callers without a loop of their own.
_FOR_SYNC_CALLERS = re.compile(
    r"\bno (running )?event loop\b|\bwithout (an? |a running )?(event )?loop\b"
    r"|\bhave no (running )?(event )?loop\b|\bcommand[- ]line\b|\bscripts?\b"
    r"|\bsynchronous (code|callers)\b|\bsync (code|callers)\b|\bbatch\b", re.I)
_LOOP_FACTORIES = ("get_event_loop", "new_event_loop", "get_running_loop")


def _runner_argument(node: ast.AST) -> ast.expr | None:
    """The coroutine of ``asyncio.run(coro)`` or ``<loop>.run_until_complete(coro)``."""
    if not isinstance(node, ast.Call) or len(node.args) != 1 or node.keywords:
        return None
    func = ast.unparse(node.func)
    if func in ("asyncio.run", "run") or func.endswith(".run_until_complete"):
        return node.args[0]
    return None


def _awaited(source: str, call: ast.Call, coroutine: str) -> str:
    """``await coroutine`` in place of ``call``, bracketed only where the grammar needs it."""
    bracketed = replace_node(source, call, f"(await {coroutine})")
    plain = replace_node(source, call, f"await {coroutine}")
    try:
        if ast.dump(ast.parse(plain)) == ast.dump(ast.parse(bracketed)):
            return plain
    except SyntaxError:
        pass
    return bracketed


class AwaitInsteadOfLoopRunner:
    name = "await-coroutine"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if crash is None or statement is None or function is None:
            return
        if analysis.exc_type != "RuntimeError" or not _MESSAGE.search(analysis.message):
            return
        runners = [n for n in ast.walk(statement) if _runner_argument(n) is not None]
        if len(runners) != 1:
            return
        runner = runners[0]
        assert isinstance(runner, ast.Call)
        coroutine = runner.args[0]
        if isinstance(function, ast.AsyncFunctionDef):
            text = ast.get_source_segment(crash.source, coroutine) or ast.unparse(coroutine)
            yield Candidate(
                strategy=self.name,
                description=f"`{function.name}` is `async def`: the coroutine is now awaited "
                            "instead of run in a second event loop.",
                edits={crash.path: _awaited(crash.source, runner, text)},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f"`{function.name}` is declared `async def`, so it already runs in "
                         "the event loop",
            )
            return
        yield from self._caller_awaits(site, analysis, function, coroutine)

    def _caller_awaits(self, site: CrashSite, analysis: Analysis, wrapper: ast.FunctionDef,
                       coroutine: ast.expr) -> Iterator[Candidate]:
        if len(site.frames) < 2 or not _thin_wrapper(wrapper):
            return
        if analysis.tree is None or wrapper not in analysis.tree.body:
            return  # a method's coroutine is reached through its object, not by name
        if not isinstance(coroutine, ast.Call) or not isinstance(coroutine.func, ast.Name):
            return  # a method of a local object is not reachable from the caller
        target = coroutine.func.id
        if not any(isinstance(node, ast.AsyncFunctionDef)
                   for _, node in analysis.definitions(target)):
            return
        caller = site.frames[-2]
        try:
            caller_tree = ast.parse(caller.source)
        except SyntaxError:
            return
        caller_function = enclosing_function(caller_tree, caller.lineno)
        caller_statement = enclosing_statement(caller_tree, caller.lineno)
        if not isinstance(caller_function, ast.AsyncFunctionDef) or caller_statement is None:
            return
        calls = [n for n in ast.walk(caller_statement)
                 if isinstance(n, ast.Call) and called_name(n) == wrapper.name]
        if len(calls) != 1:
            return
        call = calls[0]
        bound = _bind(wrapper, call, caller.source)
        if bound is None:
            return
        arguments = _substitute(coroutine, bound, caller.source)
        if arguments is None:
            return
        reference = _reference(caller_tree, call, target, wrapper, site)
        if reference is None:
            return
        callee, import_line = reference
        new = _awaited(caller.source, call, f"{callee}({arguments})")
        if import_line:
            new = insert_import(new, import_line)
        contract = _backing(analysis, wrapper, target, caller_function.name)
        yield Candidate(
            strategy=self.name,
            description=f"`{caller_function.name}` is `async def`: it now awaits `{target}` "
                        f"directly instead of calling `{wrapper.name}`, which starts a second "
                        "event loop.",
            edits={caller.path: new}, originals={caller.path: caller.source},
            plausibility=0.85 if contract else 0.5, contract=contract,
        )


def _thin_wrapper(function: ast.FunctionDef) -> bool:
    """Its body only runs the coroutine (after getting a loop): nothing else is lost when
    the caller awaits the coroutine itself."""
    body = list(function.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return False
    if _runner_argument(body[-1].value) is None:
        return False
    for statement in body[:-1]:  # loop = asyncio.get_event_loop()
        if not (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)
                and called_name(statement.value) in _LOOP_FACTORIES):
            return False
    return True


def _parameters(function: ast.FunctionDef) -> list[ast.arg]:
    return [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]


def _bind(wrapper: ast.FunctionDef, call: ast.Call, source: str) -> dict[str, ast.expr] | None:
    """The caller's argument expression for each of the wrapper's parameters."""
    arguments = wrapper.args
    if arguments.vararg or arguments.kwarg:
        return None
    if any(isinstance(a, ast.Starred) for a in call.args) or any(
            k.arg is None for k in call.keywords):
        return None
    positional = [*arguments.posonlyargs, *arguments.args]
    if len(call.args) > len(positional):
        return None
    bound: dict[str, ast.expr] = {p.arg: a for p, a in zip(positional, call.args, strict=False)}
    names = {p.arg for p in _parameters(wrapper)}
    for keyword in call.keywords:
        if keyword.arg not in names or keyword.arg in bound:
            return None
        bound[keyword.arg] = keyword.value
    defaults = dict(zip([p.arg for p in positional][len(positional) - len(arguments.defaults):],
                        arguments.defaults, strict=True))
    defaults |= {p.arg: d for p, d in zip(arguments.kwonlyargs, arguments.kw_defaults,
                                          strict=True) if d is not None}
    for name in names - bound.keys():
        default = defaults.get(name)
        if not isinstance(default, ast.Constant):
            return None  # a default naming the wrapper's module is not the caller's
        bound[name] = ast.Constant(default.value)  # no position: not the caller's text
    return bound


def _substitute(coroutine: ast.Call, bound: dict[str, ast.expr], source: str) -> str | None:
    """The coroutine call's arguments, with the caller's expressions for the wrapper's
    parameters; None when they use anything else of the wrapper's scope."""
    uses: dict[str, int] = {}
    for node in ast.walk(ast.Module(body=[ast.Expr(a) for a in coroutine.args], type_ignores=[])):
        if isinstance(node, ast.Name):
            uses[node.id] = uses.get(node.id, 0) + 1
    for keyword in coroutine.keywords:
        for node in ast.walk(keyword.value):
            if isinstance(node, ast.Name):
                uses[node.id] = uses.get(node.id, 0) + 1
        if keyword.arg is None:
            return None
    for name, count in uses.items():
        if name not in bound:
            return None
        simple = isinstance(bound[name], ast.Name | ast.Constant | ast.Attribute)
        if count > 1 and not simple:
            return None  # the caller's expression would be evaluated twice

    class Swap(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            return bound[node.id]

    def written(value: ast.expr) -> str:
        if isinstance(value, ast.Name):  # the caller's own text, quoting and all
            argument = bound[value.id]
            return ast.get_source_segment(source, argument) or ast.unparse(argument)
        return ast.unparse(Swap().visit(_copy(value)))

    parts = [written(a) for a in coroutine.args]
    parts += [f"{k.arg}={written(k.value)}" for k in coroutine.keywords]
    return ", ".join(parts)


def _copy(node: ast.expr) -> ast.expr:
    return ast.parse(ast.unparse(node), mode="eval").body


def _reference(caller_tree: ast.Module, call: ast.Call, target: str, wrapper: ast.FunctionDef,
               site: CrashSite) -> tuple[str, str | None] | None:
    """How the caller's module names the coroutine function, and an import if it needs one."""
    wrapper_frame = site.frames[-1]
    if isinstance(call.func, ast.Attribute):
        # ``geo.city_for_ip_sync(...)``: the coroutine function is in the same module.
        return f"{ast.unparse(call.func.value)}.{target}", None
    for node in caller_tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == target:
                    return alias.asname or alias.name, None
    if site.frames[-2].path == wrapper_frame.path:
        return target, None
    for node in caller_tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and any(
                alias.name == wrapper.name and alias.asname is None for alias in node.names):
            return target, f"from {node.module} import {target}"
    return None


def _backing(analysis: Analysis, wrapper: ast.FunctionDef, target: str,
             caller: str) -> str | None:
    reasons = []
    for rel, _, tree in analysis.parsed_files(f"await {target}("):
        for node in ast.walk(tree):
            if isinstance(node, ast.AsyncFunctionDef) and node.name != caller and any(
                    isinstance(n, ast.Await) and isinstance(n.value, ast.Call)
                    and called_name(n.value) == target for n in ast.walk(node)):
                reasons.append(f"`{node.name}` ({rel}) already awaits `{target}` directly")
                break
        if reasons:
            break
    docstring = re.sub(r"\s+", " ", ast.get_docstring(wrapper) or "")
    if _FOR_SYNC_CALLERS.search(docstring):
        reasons.append(f"`{wrapper.name}`'s docstring reserves it for code without an event "
                       f"loop: \"{docstring[:120]}\"")
    return "; ".join(reasons) or None

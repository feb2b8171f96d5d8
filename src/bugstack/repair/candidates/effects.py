"""What a function still does after a given line that changes something outside it.

A guard's early return backed by nothing but the return type (``return {}`` under ``->
dict[str, object]``) says what comes back; it does not say the work after the guard may
be left undone. That work is what this module finds: a store written (``BOARD[n] = ...``,
``order.status = ...``), a call on anything but the function's own fresh values whose
method is not a known pure one (``board.save(...)``, ``GATEWAY.transmit(...)``,
``store.save()`` on a store fetched from a module table), and a call of a function of
the repository that does any of these itself. Output and logging are not work lost, and
neither is computing the answer in the final ``return``.

It errs towards "there is work": a call it cannot tell is pure counts, because an early
return wrongly called harmless drops a payment or an update, while one wrongly called
harmful only leaves a fix to a person.
"""

from __future__ import annotations

import ast
import builtins
import re
import sys

from bugstack.repair.analyse import Analysis, FunctionNode

__all__ = ["effect_in", "skipped_effect"]

#: Method names that change something outside the function whatever their receiver.
_EFFECT = re.compile(r"^_?(save|add|update|delete|remove|insert|commit|write|send|put|post|"
                     r"publish|store|record|emit|notify|register|push|flush|enqueue|mark|"
                     r"create|set|apply|append|extend|discard|pop|popleft|popitem|clear|"
                     r"dispatch|schedule|charge|refund|cancel|close|upsert|persist)(_|$)")

#: Calls made for their effect whose loss costs nothing: output and logging.
_HARMLESS = {"print", "debug", "info", "warning", "warn", "exception", "error", "log",
             "critical"}

#: Methods that only read their receiver: text, numbers, dates, mappings read, matches.
_PURE = {name for name in dir(str) if not name.startswith("_")} | {
    "get", "items", "keys", "values", "copy", "index", "count", "isoformat", "strftime",
    "date", "time", "replace", "astimezone", "timestamp", "weekday", "isoweekday",
    "toordinal", "total_seconds", "quantize", "normalize", "to_integral_value", "is_zero",
    "match", "search", "fullmatch", "findall", "finditer", "sub", "group", "groups",
    "groupdict", "span", "start", "end", "dumps", "loads", "hexdigest", "digest",
    "exists", "is_file", "is_dir", "resolve", "with_suffix", "with_name", "relative_to",
    "read_text", "read_bytes", "as_posix", "model_dump", "dict", "json", "bit_length",
    "conjugate", "as_integer_ratio", "fromisoformat", "strptime", "fromtimestamp",
    "combine", "now", "today", "utcnow",
}

#: Values a local may hold that are the function's own: displays and fresh containers.
_FRESH_CALLS = {"list", "dict", "set", "tuple", "sorted", "str", "int", "float", "bool",
                "len", "sum", "min", "max", "round", "abs", "frozenset", "bytes", "range",
                "enumerate", "zip", "reversed", "map", "filter", "defaultdict", "Counter",
                "OrderedDict", "deque"}


def skipped_effect(analysis: Analysis) -> str | None:
    """The work the crashed function still does from the crash statement on, as source;
    None when an early return there loses nothing."""
    function, statement = analysis.function, analysis.statement
    if function is None or statement is None:
        return None
    return effect_in(function, statement.lineno, analysis)


def effect_in(function: FunctionNode, start: int = 0, analysis: Analysis | None = None,
              module: ast.Module | None = None) -> str | None:
    """The first thing ``function`` does from line ``start`` on that changes something
    outside it, as source. ``analysis`` lets a call of a repository function be looked
    into once (without it, such a call counts as work); ``module`` is the function's
    module when it is not the crashed one (for what it imports)."""
    fresh = _fresh_locals(function)
    home = module or (analysis.tree if analysis else None)
    imported = _stdlib_names(home) if home else set()
    final = function.body[-1] if isinstance(function.body[-1], ast.Return) else None
    for node in ast.walk(function):
        if not isinstance(node, ast.stmt) or node is function or node.lineno < start:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Attribute | ast.Subscript) and _root(target) not in fresh:
                return ast.unparse(target)
        if isinstance(node, ast.Global | ast.Nonlocal):
            return ast.unparse(node)
        if node is final:
            continue  # computing the answer the early return replaces
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and _works(call, fresh, imported, analysis):
                return ast.unparse(call)
    return None


def _works(call: ast.Call, fresh: set[str], imported: set[str],
           analysis: Analysis | None) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        if _EFFECT.match(func.attr) and _root(func.value) not in fresh:
            return True
        if func.attr in _HARMLESS or _root(func.value) in fresh:
            return False
        return func.attr not in _PURE
    if not isinstance(func, ast.Name):
        return True
    name = func.id
    if _EFFECT.match(name):
        return True
    if hasattr(builtins, name) or name in imported or name[:1].isupper():
        return False
    if analysis is None:
        return True
    found = analysis.definitions(name)
    return len(found) != 1 or effect_in(found[0][1]) is not None


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _fresh_locals(function: FunctionNode) -> set[str]:
    """Locals only ever bound to a display, a comprehension or a fresh container: the
    function's own values, so changing them changes nothing outside."""
    bound: dict[str, bool] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            own = isinstance(node.value, ast.List | ast.Dict | ast.Set | ast.Tuple
                             | ast.ListComp | ast.DictComp | ast.SetComp | ast.Constant
                             | ast.JoinedStr) or (
                isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                and node.value.func.id in _FRESH_CALLS)
            for target in targets:
                if isinstance(target, ast.Name):
                    bound[target.id] = bound.get(target.id, True) and own
        elif isinstance(node, ast.For | ast.comprehension | ast.With | ast.withitem):
            for child in ast.walk(node.target if isinstance(node, ast.For | ast.comprehension)
                                  else getattr(node, "optional_vars", None) or node):
                if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                    bound[child.id] = False
    arguments = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                                 *function.args.kwonlyargs]}
    return {name for name, own in bound.items() if own and name not in arguments}


def _stdlib_names(tree: ast.Module) -> set[str]:
    """Names the module imports from the standard library (``replace`` of dataclasses)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.split(".")[0] in sys.stdlib_module_names:
            names |= {alias.asname or alias.name for alias in node.names}
    return names

"""The error handling a sibling wraps around its call of a helper, carried over to the
crashing statement when it calls the same helper.

``add_expense`` answers the ``ValueError`` of ``parse_amount`` with a 400; once
``set_budget`` calls ``parse_amount`` too, it answers the same way. The ``except``
clauses are copied only when they merely answer (return, raise, ``abort(...)``) with
names the crashing module has as well, and only between functions of the same kind (both
views of the same app, or both plain functions); the message names the crashing field
instead of the sibling's.
"""

from __future__ import annotations

import ast
import builtins
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.edits import indent_unit, indentation_of

__all__ = ["already_handled", "handlers_around", "wrapped_in_handlers"]


def handlers_around(text: str, function: ast.FunctionDef | ast.AsyncFunctionDef,
                    call: ast.Call, crashed: ast.FunctionDef | ast.AsyncFunctionDef,
                    crash_source: str) -> str | None:
    """The ``except`` clauses of a ``try`` whose one statement holds the call, when they
    only answer (return, raise, abort) with names the crashing module has too."""
    if [_decorator_root(d) for d in function.decorator_list] != \
            [_decorator_root(d) for d in crashed.decorator_list]:
        return None  # a view's answer is no answer for a plain function
    for node in ast.walk(function):
        if not (isinstance(node, ast.Try) and len(node.body) == 1 and node.handlers
                and any(n is call for n in ast.walk(node.body[0]))):
            continue
        available = _module_names(crash_source)
        for handler in node.handlers:
            if not all(isinstance(s, ast.Return | ast.Raise) or (
                    isinstance(s, ast.Expr) and isinstance(s.value, ast.Call))
                    for s in handler.body):
                return None
            loaded = {n.id for s in handler.body for n in ast.walk(s) if isinstance(n, ast.Name)}
            if handler.type is not None:
                loaded |= {n.id for n in ast.walk(handler.type) if isinstance(n, ast.Name)}
            if not loaded <= available | {handler.name}:
                return None
        lines = text.splitlines(keepends=True)
        first = node.handlers[0].lineno
        last = node.handlers[-1].end_lineno or first
        indent = indentation_of(text, node.lineno)
        return "".join(line[len(indent):] if line.startswith(indent) else line.lstrip()
                       for line in lines[first - 1:last])
    return None


def _decorator_root(decorator: ast.expr) -> str:
    node = decorator.func if isinstance(decorator, ast.Call) else decorator
    while isinstance(node, ast.Attribute):
        node = node.value
    return ast.unparse(node)


def _module_names(source: str) -> set[str]:
    names = set(dir(builtins))
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def already_handled(analysis: Analysis, handlers: str) -> bool:
    """The crashing statement already sits in a ``try`` catching what the handlers catch."""
    assert analysis.function is not None and analysis.statement is not None
    caught = set(re.findall(r"^except\s+\(?([\w., ]+)", handlers, re.M))
    for node in ast.walk(analysis.function):
        if isinstance(node, ast.Try) and any(s is analysis.statement for b in node.body
                                             for s in ast.walk(b)):
            names = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if caught <= names:
                return True
    return False


def _field_name(subject: str) -> str | None:
    """The field a value was read from: ``form["limit"]``, ``.get("limit")``, ``payload.limit``."""
    quoted = re.search(r"[\"']([A-Za-z_]\w*)[\"']", subject)
    if quoted:
        return quoted.group(1)
    attribute = re.fullmatch(r"[A-Za-z_][\w.]*\.([A-Za-z_]\w*)", subject.strip())
    return attribute.group(1) if attribute else None


def wrapped_in_handlers(original: str, new: str, statement: ast.stmt, handlers: str,
                        sibling_subject: str, subject: str) -> str:
    """``new`` with the crashing statement inside ``try:`` and the sibling's handlers,
    whose messages name this value's key instead of the sibling's."""
    sibling_key, key = _field_name(sibling_subject), _field_name(subject)
    if sibling_key and key:
        handlers = re.sub(rf"(?<=[\"'\s]){re.escape(sibling_key)}\b", key, handlers)
    first, last = statement.lineno, statement.end_lineno or statement.lineno
    grown = len(new.splitlines()) - len(original.splitlines())  # the call's text may wrap
    lines = new.splitlines(keepends=True)
    indent, step = indentation_of(original, first), indent_unit(original)
    body = "".join(step + line if line.strip() else line for line in lines[first - 1:last + grown])
    handler_lines = "".join(indent + line if line.strip() else line
                            for line in handlers.splitlines(keepends=True))
    return "".join(lines[:first - 1]) + f"{indent}try:\n" + body + handler_lines \
        + "".join(lines[last + grown:])

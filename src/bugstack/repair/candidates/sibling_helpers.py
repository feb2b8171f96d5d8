"""A value converted by hand where sibling code converts it with the project's own helper.

``Decimal(request.form["limit"])`` raises InvalidOperation for ``"450,50"`` while the
expense form next to it reads its amount with ``parse_amount()``, documented for
``"12,50"``; ``datetime.fromtimestamp(refunded)`` is out of range for a Unix time in
milliseconds while ``created`` goes through ``_from_millis()``. The fix calls the helper
instead, and keeps the error handling the sibling wraps around it (``ValueError`` -> its
400), since the helper raises for input it cannot read.

A helper qualifies only when all of this holds:

* it is a function of the same package: defined in the crashing module, or imported
  there by name or through its module, or else a public function imported for the fix;
* it wraps the very conversion that failed: its body calls the same callable on a value
  derived from its one required parameter, with the same other arguments
  (``tz=timezone.utc``), and its return annotation, if any, names the same type;
* its documentation says it reads the failing input: an example in its docstring (or
  its module's) written like the captured value (``"12,50"`` for ``"450,50"``), or, for a
  timestamp, a unit in its name or docstring (``millis``), or the divisor it applies
  (``ms / 1000``), that turns the captured number into a date a timestamp can be;
* sibling code already calls it;
* if it shapes what it read (``.quantize(CENT)``, ``* 1000``, ``text.lstrip("-")``), the
  crashing code hands the value, as it is or in a sum, to a project function the sibling
  hands the helper's answer to, whose parameter is annotated with the helper's return
  type and does more than store it (``format_amount(value: Decimal)``): rounding to the
  cent is right for an amount, not for a rate stored or multiplied beside one.

Without all of them nothing is proposed: which helper, if any, is meant is a guess.
"""

from __future__ import annotations

import ast
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node
from bugstack.repair.candidates.helper_results import (
    Definitions,
    consumers_of,
    kind_of,
    shaping,
)
from bugstack.repair.candidates.package_functions import (
    module_name,
    module_reference,
    package_modules,
)
from bugstack.repair.candidates.sibling_handlers import (
    already_handled,
    handlers_around,
    wrapped_in_handlers,
)

__all__ = ["SiblingHelper"]

_CONVERSION_ERRORS = {"ValueError", "InvalidOperation", "ConversionSyntax", "DecimalException",
                      "OverflowError", "OSError"}
_TIMESTAMP_READERS = ("fromtimestamp", "utcfromtimestamp", "gmtime", "localtime", "ctime")
# Unit words, in a helper's name (split at "_") or docstring, and what they divide by.
_UNITS = {
    "ms": 1e3, "msec": 1e3, "milli": 1e3, "millis": 1e3, "millisecond": 1e3,
    "milliseconds": 1e3, "us": 1e6, "usec": 1e6, "micros": 1e6, "microsecond": 1e6,
    "microseconds": 1e6, "ns": 1e9, "nsec": 1e9, "nanos": 1e9, "nanosecond": 1e9,
    "nanoseconds": 1e9,
}
_LATEST_SECONDS = 4_102_444_800  # 2100-01-01: a larger "seconds" value is no timestamp
_EXAMPLE = re.compile(r"``\"?([^`\"\n]{1,40})\"?``|\"([^\"\n]{1,40})\"|'([^'\n]{1,40})'")
_REFUSED = re.compile(r"\b(raises?|rejects?|refuses?|invalid|not accepted|errors?)\b", re.I)
_FORM_SOURCES = ("form", "json", "data", "values", "POST", "get_json()")
# Conversions that read the same kind of text: a helper built on `fromisoformat` is the
# project's reader for what a hand-written `strptime` format meets (its docstring's
# example must still be written like the captured value).
_DATE_READERS = ("strptime", "fromisoformat")


def _family(callee: str) -> tuple[str, ...]:
    return _DATE_READERS if callee in _DATE_READERS else (callee,)
_QUERY_SOURCES = ("args", "GET", "query_params")


@dataclass(frozen=True, slots=True)
class _Helper:
    path: str
    source: str
    node: ast.FunctionDef
    #: How the crashing module names it: ``parse_amount``, ``money.parse_amount``.
    reference: str
    evidence: str
    #: ``from pkg.money import parse_amount`` when the crashing module does not import it.
    import_line: str | None = None


@dataclass(frozen=True, slots=True)
class _SiblingUse:
    function: str
    subject: str
    #: The ``except`` clauses around the sibling's call, as text at the crash's indent.
    handlers: str | None
    #: The project callables the sibling hands the helper's answer to.
    consumers: frozenset[str] = frozenset()


class SiblingHelper:
    name = "sibling-helper"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or function is None or tree is None:
            return
        if analysis.exc_type not in _CONVERSION_ERRORS or statement is function:
            return
        own = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        definitions = _definitions(analysis)
        for call in (n for n in ast.walk(statement) if isinstance(n, ast.Call)):
            callee = _final_name(call.func)
            if callee is None or callee in own or not call.args:
                continue
            value = _failing_value(call.args[0], crash.frame.vars, site)
            if value is None:
                continue
            for helper in _helpers(analysis, tree, call, callee, value):
                if _zone_replaced(statement, call) and "UTC" not in (
                        ast.get_docstring(helper.node) or ""):
                    continue  # `.replace(tzinfo=...)` after it: only a UTC answer survives
                if callee in _DATE_READERS and _aware(helper.node) != (
                        _zone_replaced(statement, call) or "%z" in ast.unparse(call)):
                    continue  # naive where the code read naive, aware where it read aware
                use = _sibling_use(analysis, helper, function, crash.source, definitions)
                if use is None:
                    continue
                shared = use.consumers & consumers_of(
                    function, call, kind_of(helper.node.returns), definitions)
                if shaping(helper.node, _family(callee)) and not shared:
                    continue  # it rounds or scales what it reads: for its own kind only
                yield self._candidate(analysis, call, value, helper, use, shared)

    def _candidate(self, analysis: Analysis, call: ast.Call, value: object, helper: _Helper,
                   use: _SiblingUse, shared: frozenset[str]) -> Candidate:
        assert analysis.crash is not None and analysis.statement is not None
        source, path = analysis.crash.source, analysis.crash.path
        subject = ast.get_source_segment(source, call.args[0]) or ast.unparse(call.args[0])
        new = replace_node(source, call, f"{helper.reference}({subject})")
        handled = ""
        if use.handlers and not already_handled(analysis, use.handlers):
            new = wrapped_in_handlers(source, new, analysis.statement, use.handlers,
                                      use.subject, subject)
            handled = f", answering what it cannot read the way `{use.function}` does"
        if helper.import_line:  # last: the lines above are counted in the file as it was
            new = insert_import(new, helper.import_line)
        callee = ast.unparse(call.func)
        return Candidate(
            strategy=self.name,
            description=f"{value!r} is now read with `{helper.reference}`, the project's "
                        f"helper for such input, instead of `{callee}`{handled}.",
            edits={path: new}, originals={path: source}, plausibility=0.9,
            contract=f"{helper.evidence}, and `{use.function}` already reads "
                     f"`{use.subject}` with it" + (
                         f", handing the answer to `{min(shared)}` as this code does"
                         if shared else ""),
        )


def _aware(helper: ast.FunctionDef) -> bool:
    """Whether a date-reading helper answers an aware datetime (says so, or sets a zone)."""
    return "aware" in (ast.get_docstring(helper) or "").lower() or any(
        (isinstance(n, ast.Attribute) and n.attr == "astimezone")
        or (isinstance(n, ast.keyword) and n.arg == "tzinfo") for n in ast.walk(helper))


def _zone_replaced(statement: ast.stmt, call: ast.Call) -> bool:
    """Whether ``call``'s result gets ``.replace(tzinfo=...)``: a helper answering in
    another zone would then be relabelled, not converted."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.value is call and n.func.attr == "replace"
               and any(k.arg == "tzinfo" for k in n.keywords) for n in ast.walk(statement))


def _final_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _literal(text: Any) -> object:
    if not isinstance(text, str):
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _failing_value(subject: ast.expr, variables: Any, site: CrashSite) -> object:
    """The value the conversion got, from the captured locals or the captured request."""
    if isinstance(subject, ast.Name):
        return _literal(variables.get(subject.id))
    if isinstance(subject, ast.Attribute) and isinstance(subject.value, ast.Name):
        return _field(variables.get(subject.value.id), subject.attr)
    key: ast.expr | None = None
    base: ast.expr | None = None
    if isinstance(subject, ast.Subscript):
        key, base = subject.slice, subject.value
    elif isinstance(subject, ast.Call) and isinstance(subject.func, ast.Attribute) \
            and subject.func.attr == "get" and subject.args:
        key, base = subject.args[0], subject.func.value
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and base is not None):
        return None
    if isinstance(base, ast.Name):
        mapping = variables.get(base.id)
        return _literal(mapping.get(key.value)) if isinstance(mapping, dict) else None
    request = site.event.request
    where = ast.unparse(base)
    if request is None or not where.startswith("request."):
        return None
    if where.endswith(_FORM_SOURCES) and isinstance(request.data, dict):
        found = request.data.get(key.value)
        return found if isinstance(found, str | int | float) else None
    if where.endswith(_QUERY_SOURCES) and request.query_string:
        values = urllib.parse.parse_qs(request.query_string).get(key.value)
        return values[0] if values else None
    return None


def _field(text: Any, name: str) -> object:
    """``limit`` of a captured model repr such as ``BudgetIn(limit='450,50')``."""
    if not isinstance(text, str):
        return None
    try:
        made = ast.parse(text, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(made, ast.Call):
        return None
    value = next((k.value for k in made.keywords if k.arg == name), None)
    return _literal(ast.unparse(value)) if value is not None else None


def _helpers(analysis: Analysis, tree: ast.Module, call: ast.Call, callee: str,
             value: object) -> Iterator[_Helper]:
    assert analysis.crash is not None and analysis.function is not None
    extras = _extras(call)
    for path in package_modules(analysis):
        text = analysis.read(path) if path != analysis.crash.path else analysis.crash.source
        if not text or not any(name in text for name in _family(callee)):
            continue
        try:
            module = ast.parse(text)
        except SyntaxError:
            continue
        for node in module.body:
            if not isinstance(node, ast.FunctionDef) or node is analysis.function \
                    or node.name == analysis.function.name:
                continue
            if not _wraps(node, callee, extras) or not _returns_same_type(node, call):
                continue
            reference = module_reference(tree, analysis.crash.path, path, node.name)
            import_line = None
            if reference is None:
                if node.name.startswith("_"):
                    continue  # another module's private helper is not for import
                reference = node.name
                import_line = f"from {module_name(path)} import {node.name}"
            evidence = _documents(node, ast.get_docstring(module) or "", value, callee)
            if evidence:
                yield _Helper(path, text, node, reference, evidence, import_line)


def _extras(call: ast.Call) -> tuple[list[str], set[str]]:
    """What the call passes besides the value converted."""
    return ([ast.unparse(a) for a in call.args[1:]],
            {ast.unparse(k) for k in call.keywords})


def _wraps(helper: ast.FunctionDef, callee: str, extras: tuple[list[str], set[str]]) -> bool:
    """The helper's body makes the same conversion of a value derived from its parameter."""
    arguments = helper.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if not positional or arguments.vararg or arguments.kwarg:
        return False
    if len(positional) - len(arguments.defaults) != 1 or any(
            d is None for d in arguments.kw_defaults):
        return False  # exactly one value to give it; the rest have defaults
    parameter = positional[0].arg
    for node in ast.walk(helper):
        name = _final_name(node.func) if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and name in _family(callee) and node.args \
                and (name != callee or _extras(node) == extras) and any(
                    isinstance(n, ast.Name) and n.id == parameter
                    for n in ast.walk(node.args[0])):
            return True
    return False


def _returns_same_type(helper: ast.FunctionDef, call: ast.Call) -> bool:
    if helper.returns is None:
        return True
    func = call.func
    made = func.value if isinstance(func, ast.Attribute) and func.attr in (
        *_TIMESTAMP_READERS, "fromisoformat", "strptime") else func
    name = _final_name(made)
    if name is None:
        return True
    return name in {_final_name(n) for n in ast.walk(helper.returns)
                    if isinstance(n, ast.Name | ast.Attribute)}


def _shape(text: str) -> str:
    """``"450,50"`` -> ``"9,9"``: letters and digits collapse, except three digits after a
    separator, which make it a thousands separator (``"1,200"``, ``"9,999"``) where
    ``"12,50"`` has a decimal comma: the same punctuation, another number."""
    letters = re.sub(r"[^\W\d_]+", "a", text.strip())
    grouped = re.sub(r"(?<=\d[.,'\u00a0 ])\d{3}(?!\d)", "###", letters)
    return re.sub(r"\d+", "9", grouped).replace("#", "9")


def _documents(helper: ast.FunctionDef, module_doc: str, value: object,
               callee: str) -> str | None:
    """Where the helper's documentation says it reads ``value``."""
    docstring = ast.get_docstring(helper) or ""
    if isinstance(value, str) and value.strip():
        for where, text in ((f"`{helper.name}`'s docstring", docstring),
                            ("its module's docstring", module_doc)):
            for sentence in re.split(r"(?<=[.;])\s+|\n\s*\n", text):
                if _REFUSED.search(sentence):
                    continue
                for match in _EXAMPLE.finditer(sentence):
                    example = next(g for g in match.groups() if g is not None)
                    if _shape(example) == _shape(value) and re.search(r"\d", example):
                        return (f"{where} shows it reading \"{example}\", written like "
                                f"{value!r}")
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and callee in _TIMESTAMP_READERS and value > _LATEST_SECONDS:
        words = [(f"its name `{helper.name}`", w) for w in helper.name.lower().split("_")]
        words += [(f"`{helper.name}`'s docstring", w)
                  for w in re.findall(r"[a-z]+", docstring.lower())]
        for where, word in words:
            scale = _UNITS.get(word)
            if scale and 0 < value / scale <= _LATEST_SECONDS:
                return (f"{where} says it reads {word}, and {value!r} is a Unix time in "
                        f"{word} ({value / scale:.0f} s)")
        scale = _divisor(helper, callee)
        unit = {1e3: "milliseconds", 1e6: "microseconds", 1e9: "nanoseconds"}.get(scale or 0)
        if scale and unit and 0 < value / scale <= _LATEST_SECONDS:
            return (f"`{helper.name}` divides by {scale:.0f} before `{callee}`, so it reads "
                    f"{unit}, and {value!r} is a Unix time in {unit} ({value / scale:.0f} s)")
    return None


def _divisor(helper: ast.FunctionDef, callee: str) -> float | None:
    """``N`` of ``fromtimestamp(ms / N)`` in the helper: the code's own word on the unit."""
    for node in ast.walk(helper):
        if isinstance(node, ast.Call) and _final_name(node.func) == callee and node.args:
            value = node.args[0]
            if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Div | ast.FloorDiv) \
                    and isinstance(value.right, ast.Constant) \
                    and isinstance(value.right.value, int | float):
                return float(value.right.value)
    return None


def _sibling_use(analysis: Analysis, helper: _Helper, crashed: ast.FunctionDef |
                 ast.AsyncFunctionDef, crash_source: str,
                 definitions: Definitions) -> _SiblingUse | None:
    """A call of the helper elsewhere in the package, with the handlers around it."""
    assert analysis.crash is not None
    paths = [analysis.crash.path] + [p for p in package_modules(analysis)
                                     if p != analysis.crash.path]
    for path in paths:
        text = crash_source if path == analysis.crash.path else analysis.read(path)
        if not text or helper.node.name not in text:
            continue
        try:
            module = ast.parse(text)
        except SyntaxError:
            continue
        for function in (n for n in ast.walk(module)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
            if function.name == helper.node.name and path == helper.path:
                continue
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                if _final_name(call.func) != helper.node.name or not call.args:
                    continue
                subject = ast.get_source_segment(text, call.args[0]) or ""
                handlers = handlers_around(text, function, call, crashed, crash_source)
                return _SiblingUse(function.name, subject, handlers, consumers_of(
                    function, call, kind_of(helper.node.returns), definitions))
    return None


def _definitions(analysis: Analysis) -> Definitions:
    """The package's top-level functions by name: a consumer must be the project's own
    function for its parameter's annotation to say what kind of value it takes."""
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    assert analysis.crash is not None
    for path in package_modules(analysis):
        text = analysis.crash.source if path == analysis.crash.path else analysis.read(path)
        try:
            module = ast.parse(text or "")
        except SyntaxError:
            continue
        for node in module.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found.setdefault(node.name, []).append(node)
    return lambda name: found.get(name, [])

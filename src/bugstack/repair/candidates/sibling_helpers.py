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

The captured value comes from ``failing_values``, and the helpers that wrap the
conversion and document reading it from ``conversion_readers``; this module checks the
sibling's use of one and writes the fix.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.conversion_readers import (
    DATE_READERS,
    Helper,
    family,
    final_name,
    helpers_reading,
)
from bugstack.repair.candidates.edits import insert_import, replace_node
from bugstack.repair.candidates.failing_values import failing_value
from bugstack.repair.candidates.helper_results import (
    Definitions,
    consumers_of,
    kind_of,
    shaping,
)
from bugstack.repair.candidates.package_functions import package_modules
from bugstack.repair.candidates.sibling_handlers import (
    already_handled,
    handlers_around,
    wrapped_in_handlers,
)

__all__ = ["SiblingHelper"]

_CONVERSION_ERRORS = {"ValueError", "InvalidOperation", "ConversionSyntax", "DecimalException",
                      "OverflowError", "OSError"}


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
            callee = final_name(call.func)
            if callee is None or callee in own or not call.args:
                continue
            value = failing_value(call.args[0], crash.frame.vars, site)
            if value is None:
                continue
            for helper in helpers_reading(analysis, tree, call, callee, value):
                if _zone_replaced(statement, call) and "UTC" not in (
                        ast.get_docstring(helper.node) or ""):
                    continue  # `.replace(tzinfo=...)` after it: only a UTC answer survives
                if callee in DATE_READERS and _aware(helper.node) != (
                        _zone_replaced(statement, call) or "%z" in ast.unparse(call)):
                    continue  # naive where the code read naive, aware where it read aware
                use = _sibling_use(analysis, helper, function, crash.source, definitions)
                if use is None:
                    continue
                shared = use.consumers & consumers_of(
                    function, call, kind_of(helper.node.returns), definitions)
                if shaping(helper.node, family(callee)) and not shared:
                    continue  # it rounds or scales what it reads: for its own kind only
                yield self._candidate(analysis, call, value, helper, use, shared)

    def _candidate(self, analysis: Analysis, call: ast.Call, value: object, helper: Helper,
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


def _sibling_use(analysis: Analysis, helper: Helper, crashed: ast.FunctionDef |
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
                if final_name(call.func) != helper.node.name or not call.args:
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

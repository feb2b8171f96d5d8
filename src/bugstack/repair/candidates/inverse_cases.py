"""A parser that fails on the one text its documented inverse writes for a special value.

::

    BEGINNER = -1  # VB as a number: one below V0

    def grade_number(grade: str) -> int:
        return int(grade.strip().upper().removeprefix("V"))

    def grade_label(number: int) -> str:
        \"\"\"The inverse of grade_number: 4 -> 'V4'.\"\"\"
        return "VB" if number == BEGINNER else f"V{number}"

``grade_number("VB")`` raises "invalid literal for int() with base 10: 'B'". The
module's own inverse writes ``"VB"`` for ``BEGINNER`` and for nothing else, so the parser
reads it back the same way, after the same clean-up it gives every text::

    if grade.strip().upper() == "VB":
        return BEGINNER

Skipping the row, or reading "VB" as 0, loses the beginner or makes them a V0 climber.

Backing, all required:

* a ValueError at ``return <conversion>`` of the crashed function, whose one text
  parameter was captured; the conversion reads the parameter through text clean-ups only
  (``strip``, ``upper``, ``lower``, ``casefold``, ``removeprefix``, ``removesuffix``);
* a function of the same module whose docstring calls it the inverse of the crashed
  function, and that writes one text literal for one module constant (``"VB" if number
  == BEGINNER else ...``, or ``if number == BEGINNER: return "VB"``);
* the captured text, given the clean-ups that come before the conversion's own reading
  (``strip().upper()``), is that literal; the constant's value fits the crashed
  function's return annotation.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.candidates.none_declarations import constant_value

__all__ = ["InverseSpecialCase"]

_CLEAN_UPS: dict[str, Callable[[str], str]] = {
    "strip": str.strip, "upper": str.upper, "lower": str.lower, "casefold": str.casefold,
    "lstrip": str.lstrip, "rstrip": str.rstrip}
_READINGS = {"removeprefix", "removesuffix"}


def _method(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else ""


def _chain(node: ast.expr, parameter: str) -> list[ast.Call] | None:
    """The method calls from the parameter outwards (``grade.strip().upper()...``), when
    all are text clean-ups or readings."""
    calls: list[ast.Call] = []
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr not in _CLEAN_UPS and node.func.attr not in _READINGS:
            return None
        calls.insert(0, node)
        node = node.func.value
    return calls if isinstance(node, ast.Name) and node.id == parameter else None


def _special_case(function: ast.FunctionDef) -> tuple[str, str] | None:
    """(literal, constant) of an inverse that writes one literal for one constant."""
    found = set()
    for node in ast.walk(function):
        test, literal = None, None
        if isinstance(node, ast.IfExp):
            test, literal = node.test, node.body
        elif isinstance(node, ast.If) and node.body and isinstance(node.body[0], ast.Return):
            test, literal = node.test, node.body[0].value
        if isinstance(test, ast.Compare) and len(test.ops) == 1 \
                and isinstance(test.ops[0], ast.Eq) and isinstance(test.comparators[0], ast.Name) \
                and re.fullmatch(r"[A-Z][A-Z0-9_]*", test.comparators[0].id) \
                and isinstance(literal, ast.Constant) and isinstance(literal.value, str):
            found.add((literal.value, test.comparators[0].id))
    return found.pop() if len(found) == 1 else None


class InverseSpecialCase:
    name = "inverse-special-case"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or crash is None or tree is None \
                or not isinstance(function, ast.FunctionDef) \
                or not isinstance(statement, ast.Return) \
                or not isinstance(statement.value, ast.Call) or function.returns is None:
            return
        parameters = [a.arg for a in function.args.args]
        if len(parameters) != 1 or len(statement.value.args) != 1:
            return
        parameter = parameters[0]
        try:
            captured = ast.literal_eval(analysis.values.get(parameter, ""))
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return
        chain = _chain(statement.value.args[0], parameter)
        if not isinstance(captured, str) or not chain:
            return
        inverses = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n is not function
                    and re.search(rf"\binverse\s+of\s+`*{re.escape(function.name)}\b",
                                  ast.get_docstring(n) or "", re.I)]
        special = _special_case(inverses[0]) if len(inverses) == 1 else None
        if special is None:
            return
        literal, constant = special
        clean = [c for c in chain if _method(c) in _CLEAN_UPS]
        prefix = chain[:len(clean)]
        if prefix != clean or any(c.args for c in clean):
            return  # a reading comes before a clean-up, or a clean-up takes arguments
        text = captured
        for call in clean:
            text = _CLEAN_UPS[_method(call)](text)
        value = constant_value(tree, constant)
        try:
            number = ast.literal_eval(value) if value is not None else None
        except (ValueError, SyntaxError):
            return
        if text != literal or type(number).__name__ != ast.unparse(function.returns):
            return
        cleaned = ast.get_source_segment(crash.source, clean[-1]) if clean else parameter
        quoted = f'"{literal}"' if '"' not in literal and "\\" not in literal else repr(literal)
        guard = [f"if {cleaned} == {quoted}:", f"\treturn {constant}"]
        yield Candidate(
            strategy=self.name,
            description=f"`{function.name}` now reads {literal!r} as `{constant}`, as its "
                        f"inverse `{inverses[0].name}` writes it, instead of raising "
                        "ValueError.",
            edits={crash.path: insert_before_statement(crash.source, statement, guard)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{inverses[0].name}` is documented as the inverse of "
                     f"`{function.name}` and writes {literal!r} for `{constant}`",
        )

"""Text passed where the callee declares a number: ``line_amount(request.form["hours"], rate)``.

``line_amount(hours: Decimal, rate: Decimal)`` multiplies ``hours * rate`` and fails with
"can't multiply sequence by non-int of type 'decimal.Decimal'": the web form's view passed
the text ``'1.5'`` as it came. The callee's annotation is its contract, so the caller
converts the argument to the declared type at the call (``line_amount(Decimal(hours),
rate)``), the way a sibling caller that converts before calling does. Rounding the text to
an int or going through float would change what the code chose Decimal for, and
converting inside the callee would loosen the contract for every caller.

Backing, all of it required: the crashed function's parameter is annotated ``Decimal``,
``float`` or ``int`` and was captured as text that converts to that type as it is (an int
parameter given '1.5' gets nothing: truncating is not the caller's to decide); the crashing
statement computes or compares with that parameter; the caller is the frame above and
passes the value at one call. Nothing is proposed when the callee's docstring says the
parameter takes text (it is then the callee's parsing that is missing), or when another
call of the function in the repository builds that argument with something other than the
declared type (a project parser, ``parse_hours(text)``, which may read '1:30').
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_function, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import argument_for, called_name
from bugstack.repair.candidates.decimal_operands import decimal_name
from bugstack.repair.candidates.edits import insert_import, replace_node

__all__ = ["TextToDeclaredNumber"]

_NUMBERS = {"Decimal", "float", "int"}
_TEXT_WORDS = re.compile(r"\b(text|string|str)\b", re.I)
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _declared(annotation: ast.expr | None) -> str | None:
    if annotation is None:
        return None
    name = ast.unparse(annotation).strip("'\"").rsplit(".", 1)[-1]
    return name if name in _NUMBERS else None


def _converts(kind: str, text: str) -> bool:
    try:
        value = Decimal(text) if kind == "Decimal" else float(text) if kind == "float" \
            else int(text)
    except (ValueError, InvalidOperation):
        return False
    return not (kind != "int" and not Decimal(str(value)).is_finite())


def _computes_with(statement: ast.stmt, name: str) -> bool:
    for node in ast.walk(statement):
        operands: list[ast.expr] = []
        if isinstance(node, ast.BinOp):
            operands = [node.left, node.right]
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.AugAssign):
            operands = [node.target, node.value]
        elif isinstance(node, ast.UnaryOp):
            operands = [node.operand]
        if any(isinstance(o, ast.Name) and o.id == name for o in operands):
            return True
    return False


def _parameters(function: FunctionNode) -> list[ast.arg]:
    return [*function.args.posonlyargs, *function.args.args]


def _origin(value: ast.expr, function: FunctionNode) -> ast.expr:
    """What a plain name passed as the argument was assigned from, when once."""
    if not isinstance(value, ast.Name):
        return value
    assigned = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == value.id for t in n.targets)]
    return assigned[0] if len(assigned) == 1 else value


def _other_conversions(analysis: Analysis, callee: FunctionNode, name: str,
                       skip: tuple[str, int, int]) -> set[str]:
    """How the other calls of ``callee`` in the repository build the argument ``name``:
    the callables they build it with (``Decimal``, ``parse_hours``). ``skip`` is the
    crashing call's (path, line, column)."""
    found: set[str] = set()
    for rel, _, tree in analysis.parsed_files(f"{callee.name}("):
        for function in ast.walk(tree):
            if not isinstance(function, FunctionNode) or function is callee:
                continue
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or called_name(call) != callee.name \
                        or (rel, call.lineno, call.col_offset) == skip:
                    continue
                argument = argument_for(call, callee, name)
                made = _origin(argument, function) if argument is not None else None
                if isinstance(made, ast.Call):
                    found.add(ast.unparse(made.func).rsplit(".", 1)[-1])
    return found


class TextToDeclaredNumber:
    name = "text-to-declared-number"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        function, statement = analysis.function, analysis.statement
        if analysis.exc_type != "TypeError" or function is None or statement is None \
                or len(site.frames) < 2:
            return
        doc = ast.get_docstring(function) or ""
        for parameter in _parameters(function):
            kind = _declared(parameter.annotation)
            captured = analysis.values.get(parameter.arg)
            try:
                text = ast.literal_eval(captured) if captured is not None else None
            except (ValueError, SyntaxError):
                continue
            if kind is None or not isinstance(text, str) or not _converts(kind, text) \
                    or not _computes_with(statement, parameter.arg):
                continue
            if any(parameter.arg in s and _TEXT_WORDS.search(s)
                   for s in re.split(r"(?<=\.)\s+", doc)):
                continue  # the callee documents text for it: its parsing is what is missing
            yield from self._at_caller(site, analysis, function, parameter.arg, kind, text)

    def _at_caller(self, site: CrashSite, analysis: Analysis, callee: FunctionNode,
                   name: str, kind: str, text: str) -> Iterator[Candidate]:
        caller = site.frames[-2]
        try:
            tree = ast.parse(caller.source)
        except SyntaxError:
            return
        statement = enclosing_statement(tree, caller.lineno)
        caller_function = enclosing_function(tree, caller.lineno)
        if statement is None or caller_function is None:
            return
        calls = [c for c in ast.walk(statement)
                 if isinstance(c, ast.Call) and called_name(c) == callee.name]
        if len(calls) != 1:
            return
        argument = argument_for(calls[0], callee, name)
        if argument is None:
            return
        others = _other_conversions(analysis, callee, name,
                                    (caller.path, calls[0].lineno, calls[0].col_offset))
        if others - {kind}:
            return  # a sibling builds the value another way: that is the project's reading
        spelled = decimal_name(tree) if kind == "Decimal" else kind
        segment = ast.get_source_segment(caller.source, argument) or ast.unparse(argument)
        new = replace_node(caller.source, argument, f"{spelled or 'Decimal'}({segment})")
        if spelled is None:
            new = insert_import(new, "from decimal import Decimal")
        sibling = " and another call converts it to that type first" if others else ""
        yield Candidate(
            strategy=self.name,
            description=f"`{caller_function.name}` passed the text {text!r} as `{name}`; "
                        f"it is converted to `{kind}` at the call, as `{callee.name}` "
                        "declares.",
            edits={caller.path: new}, originals={caller.path: caller.source},
            plausibility=0.8,
            contract=f"`{callee.name}` declares `{name}: {kind}`{sibling}",
        )

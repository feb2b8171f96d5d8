"""A divisor a sibling function already guards: the crashed function answers as it does.

::

    RATED_WH_PER_KM = 9.0  # used until the rider has logged some distance

    def consumption_wh_per_km(rides):
        distance = sum(ride.distance_km for ride in rides)
        energy = sum(ride.energy_wh for ride in rides)
        return energy / distance                    # ZeroDivisionError for a new bike

    def recent_consumption_wh_per_km(rides):
        recent = rides[-RECENT_RIDES:]
        distance = sum(ride.distance_km for ride in recent)
        if not distance:
            return RATED_WH_PER_KM
        return sum(ride.energy_wh for ride in recent) / distance

The module has decided what a zero distance means, one function away: the guard goes in
front of the crashed statement with the sibling's answer::

    if not distance:
        return RATED_WH_PER_KM

``return 0.0`` (what the type alone suggests) would only move the division by zero to
the caller that divides by the consumption.

Backing, all required: a ``ZeroDivisionError`` whose divisor is a local assigned once in
the crashed function, before the crash, by an expression of the same shape as a local of
the same name in a sibling function of the same module (the same code with only its
free names changed: ``sum(ride.distance_km for ride in recent)``), which that sibling
guards with ``if not NAME:`` or ``if NAME == 0:`` and a ``return`` of a module constant
whose own comment speaks of the divisor's absence ("until the rider has logged some
distance"; a literal ``0.0`` may be what that sibling shows, "--"), whose name names no
other variant than the crashed function's (``RATED_ECO_...`` from ``eco_consumption`` is no
answer for ``tour_consumption``); every such sibling agrees on the answer, and has the
crashed function's return annotation. The crashed statement is in the function's own body
and only local assignments lie between it and the return (an early return would skip
``trip.closed = True``), and the docstring refuses nothing. Review 20 beat the first
version three times in three traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract_items import comments_above, refusal_in

__all__ = ["SiblingGuardedDivisor"]

_ABSENT = re.compile(r"\b(?:until|before|no|none|nothing|without|not\s+yet|yet|empty|zero)\b")


def _assignments(function: ast.AST, name: str) -> list[ast.Assign]:
    return [n for n in ast.walk(function) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]


def _stores(function: ast.AST, name: str) -> int:
    return sum(1 for n in ast.walk(function)
               if (isinstance(n, ast.Name) and n.id == name
                   and isinstance(n.ctx, ast.Store | ast.Del))
               or (isinstance(n, ast.arg) and n.arg == name))


def _shape(value: ast.expr) -> str:
    """The expression with its free names blanked: the same code over other data."""
    bound = {n.id for node in ast.walk(value) if isinstance(node, ast.comprehension)
             for n in ast.walk(node.target) if isinstance(n, ast.Name)}

    class _Blank(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            return node if node.id in bound else ast.Name("_", node.ctx)

    return ast.unparse(_Blank().visit(ast.parse(ast.unparse(value), mode="eval").body))


def _zero_test(test: ast.expr, name: str) -> bool:
    """``not name`` or ``name == 0``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return isinstance(test.operand, ast.Name) and test.operand.id == name
    return (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq) and isinstance(test.left, ast.Name)
            and test.left.id == name and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == 0)


def _module_constants(tree: ast.Module) -> set[str]:
    return {t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name) and t.id.isupper()}


def _answer(guard: ast.If, constants: set[str]) -> ast.Name | None:
    """The module constant the guard returns; a literal (``0.0``, the dashboard's "--")
    says what that sibling shows, not what the value is (review 20)."""
    if len(guard.body) != 1 or guard.orelse or not isinstance(guard.body[0], ast.Return) \
            or guard.body[0].value is None:
        return None
    value = guard.body[0].value
    return value if isinstance(value, ast.Name) and value.id in constants else None


def _constant_speaks_of(source: str, tree: ast.Module, constant: str,
                        divisor_words: set[str]) -> bool:
    """Whether the constant's own comment speaks of the divisor's absence ("Estimates use
    it until the rider has logged some distance")."""
    lines = source.splitlines()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
                isinstance(t, ast.Name) and t.id == constant
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])):
            comment = comments_above(lines, node.lineno).lower()
            return bool(_ABSENT.search(comment)) and any(
                re.search(rf"\b{re.escape(word)}", comment) for word in divisor_words)
    return False


def _of_another_variant(constant: str, sibling: str, function: str) -> bool:
    """``RATED_ECO_WH_PER_KM`` from ``eco_consumption`` for ``tour_consumption``: a word
    of the constant that names the sibling, not the crashed function."""
    own = set(function.lower().split("_"))
    return any(len(word) >= 3 and word in sibling.lower().split("_") and word not in own
               for word in constant.lower().split("_"))


def _effects_after(function: ast.FunctionDef | ast.AsyncFunctionDef,
                   statement: ast.stmt) -> bool:
    """Whether the statements from the crashed one on do more than compute locals and
    return: an early return would skip ``trip.closed = True`` (review 20)."""
    rest = function.body[function.body.index(statement):]
    for step in rest:
        if isinstance(step, ast.Return):
            return False
        if not (isinstance(step, ast.Assign) and all(isinstance(t, ast.Name)
                                                     for t in step.targets)):
            return True
    return True


class SiblingGuardedDivisor:
    name = "sibling-guarded-divisor"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ZeroDivisionError" or crash is None or statement is None \
                or function is None or tree is None or isinstance(function, ast.Lambda) \
                or statement not in function.body \
                or refusal_in(ast.get_docstring(function) or "") is not None \
                or _effects_after(function, statement):
            return
        divisors = {n.right.id for n in ast.walk(statement) if isinstance(n, ast.BinOp)
                    and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod)
                    and isinstance(n.right, ast.Name)}
        constants = _module_constants(tree)
        for divisor in sorted(divisors):
            own = _assignments(function, divisor)
            if len(own) != 1 or _stores(function, divisor) != 1 \
                    or own[0].lineno >= statement.lineno:
                continue
            shape = _shape(own[0].value)
            answers: dict[str, tuple[str, str]] = {}
            for sibling in tree.body:
                if not isinstance(sibling, ast.FunctionDef | ast.AsyncFunctionDef) \
                        or sibling.name == function.name:
                    continue
                theirs = _assignments(sibling, divisor)
                if len(theirs) != 1 or _shape(theirs[0].value) != shape:
                    continue
                for guard in ast.walk(sibling):
                    if isinstance(guard, ast.If) and _zero_test(guard.test, divisor):
                        given = _answer(guard, constants)
                        if given is None or ast.dump(sibling.returns or ast.Constant(None)) \
                                != ast.dump(function.returns or ast.Constant(None)):
                            return  # a sibling answers otherwise, or gives another type
                        answers[ast.unparse(given)] = (sibling.name,
                                                        ast.unparse(guard.test))
            if len(answers) != 1:
                continue
            answer, (sibling_name, test) = next(iter(answers.items()))
            words = {w for w in re.split(r"[_\W]+", divisor.lower()) if len(w) >= 4}
            if not _constant_speaks_of(crash.source, tree, answer, words) \
                    or _of_another_variant(answer, sibling_name, function.name):
                continue
            new = insert_before_statement(crash.source, statement,
                                          [f"if {test}:", f"\treturn {answer}"])
            yield Candidate(
                strategy=self.name,
                description=f"When `{divisor}` is 0, `{function.name}` now returns "
                            f"{answer}, as `{sibling_name}` does for the same value, "
                            "instead of raising ZeroDivisionError.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.8,
                contract=f"`{sibling_name}` answers a zero `{divisor}` computed the same "
                         f"way with `return {answer}`",
            )

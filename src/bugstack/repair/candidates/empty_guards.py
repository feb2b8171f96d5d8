"""Zero divisors and empty sequences: the case "there is nothing yet" the code forgot.

``total / count`` with ``count == 0`` and ``items[0]`` on an empty list get a guard in
front of the statement answering as the contract says (a documented "0 when there are no
ratings", the return annotation, the sibling convention), or, for a division, the
expression itself falls back to the documented value. When the quotient goes to a place
documented for that case (a field ``change_pct: float | None`` with the comment "None when
the previous week had no signups"), the whole value that reaches it is given only when the
divisor is non-zero, and the documented value otherwise: never a made-up 0 or 100.
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import destination_of, is_pure, wrap_value
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.candidates.fallbacks import fallbacks, typed_only, whole_answer

__all__ = ["EmptyGuard"]

_CONTAINERS = {"dict", "Dict", "Mapping", "list", "List", "Sequence", "set", "Set", "tuple",
               "Tuple", "str", "bytes"}
_NUMBERS = {"int", "float", "Decimal", "decimal.Decimal", "complex"}


def _fits_the_return_type(statement: str, analysis: Analysis) -> bool:
    """Whether ``return <value>`` can be what the function is declared to give: a number
    is no container, a container or text no number. Undeclared, or None: it may be."""
    function = analysis.function
    if function is None or function.returns is None or not statement.startswith("return "):
        return True
    try:
        value = ast.parse(statement.removeprefix("return "), mode="eval").body
    except SyntaxError:
        return True
    returns = function.returns
    head = ast.unparse(returns.value if isinstance(returns, ast.Subscript) else returns)
    number = isinstance(value, ast.Constant) and isinstance(value.value, int | float) \
        and not isinstance(value.value, bool)
    container = isinstance(value, ast.Dict | ast.List | ast.Set | ast.Tuple) or (
        isinstance(value, ast.Constant) and isinstance(value.value, str | bytes))
    return not ((head in _CONTAINERS and number) or (head in _NUMBERS and container))


def _divisions(statement: ast.stmt) -> list[ast.BinOp]:
    """The divisions that can have raised: a literal divisor other than 0 never does."""
    return [n for n in ast.walk(statement)
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod)
            and not (isinstance(n.right, ast.Constant) and n.right.value)]


def _scoped_names(statement: ast.stmt, node: ast.expr) -> set[str]:
    """The names a comprehension or lambda around ``node`` binds: a guard put in front of
    the statement cannot read them (``ride`` of ``[r / ride.hours for ride in rides]``)."""
    bound: set[str] = set()
    for scope in ast.walk(statement):
        if not any(inner is node for inner in ast.walk(scope)):
            continue
        if isinstance(scope, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            bound |= {n.id for g in scope.generators for n in ast.walk(g.target)
                      if isinstance(n, ast.Name)}
        elif isinstance(scope, ast.Lambda):
            bound |= {a.arg for a in [*scope.args.posonlyargs, *scope.args.args]}
    return bound


def _indexings(statement: ast.stmt) -> list[tuple[ast.Subscript, str]]:
    found = []
    for node in ast.walk(statement):
        if (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)
                and not isinstance(node.slice, ast.Slice)):
            index = node.slice
            sequence = ast.unparse(node.value)
            if isinstance(index, ast.Constant) and index.value in (0, -1):
                found.append((node, f"not {sequence}"))
            elif isinstance(index, ast.Constant) and isinstance(index.value, int):
                found.append((node, f"len({sequence}) <= {index.value}"))
            elif isinstance(index, ast.Name | ast.Attribute):
                found.append((node, f"{ast.unparse(index)} >= len({sequence})"))
    return found


def _extends(parent: ast.AST | None, chain: ast.expr) -> bool:
    """Whether ``parent`` continues the access chain ``chain`` (``.x``, ``[k]``, ``()``)."""
    if isinstance(parent, ast.Attribute | ast.Subscript):
        return parent.value is chain
    return isinstance(parent, ast.Call) and parent.func is chain


class EmptyGuard:
    name = "empty-guard"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if crash is None or statement is None or statement is analysis.function:
            return
        conditions: list[tuple[str, str, ast.expr]] = []
        expressions: list[tuple[ast.BinOp, str]] = []
        if analysis.exc_type == "ZeroDivisionError":
            for division in _divisions(statement):
                divisor = ast.unparse(division.right)
                expressions.append((division, divisor))
                read = {n.id for n in ast.walk(division.right) if isinstance(n, ast.Name)}
                if not read & _scoped_names(statement, division):
                    conditions.append((f"not {divisor}", f"`{divisor}` is 0", division))
        elif analysis.exc_type == "IndexError":
            for indexed, condition in _indexings(statement):
                read = {n.id for n in ast.walk(indexed) if isinstance(n, ast.Name)}
                if read & _scoped_names(statement, indexed):
                    continue
                conditions.append((condition, f"`{ast.unparse(indexed.value)}` is too short",
                                   indexed))
        for condition, case, guarded in conditions:
            for fallback in fallbacks(analysis):
                if not _fits_the_return_type(fallback.statement, analysis):
                    # `return 0` from a function declared `-> dict[str, object]`: the
                    # documented number was one field's ("progress ... from 0.0 to 1.0").
                    fallback = dataclasses.replace(fallback, contract=None, plausibility=0.3)
                elif typed_only(fallback.contract) and not whole_answer(statement, guarded):
                    # `-> dict` types the whole answer; an early `return {}` drops the rest
                    # of it (the players counted, the fields the docs answer for this case).
                    fallback = dataclasses.replace(fallback, contract=None, plausibility=0.3)
                new = insert_before_statement(
                    crash.source, statement, [f"if {condition}:", f"\t{fallback.statement}"]
                )
                yield Candidate(
                    strategy=self.name,
                    description=f"When {case}, the function now {fallback.description} "
                                f"instead of raising {analysis.exc_type}.",
                    edits={crash.path: new}, originals={crash.path: crash.source},
                    plausibility=fallback.plausibility, contract=fallback.contract,
                )
        if analysis.exc_type == "IndexError":
            yield from self._conditional_chains(analysis)
        for division, _ in expressions:
            yield from self._documented_quotient(analysis, division)
        default = analysis.return_default
        if default is not None and default.strong and default.source != "None":
            for division, divisor in expressions:
                if typed_only(default.reason) and not whole_answer(statement, division):
                    continue  # `-> list[float]` types the answer, not one quotient in it
                text = f"({ast.unparse(division)} if {divisor} else {default.source})"
                yield Candidate(
                    strategy=self.name,
                    description=f"When `{divisor}` is 0 the division now gives "
                                f"{default.source}, as {default.reason}.",
                    edits={crash.path: replace_node(crash.source, division, text)},
                    originals={crash.path: crash.source},
                    plausibility=0.7, contract=default.reason,
                )

    def _documented_quotient(self, analysis: Analysis, division: ast.BinOp) -> (
        Iterator[Candidate]
    ):
        """``change = round(a / b * 100, 1)`` feeding a field documented "None when b had
        none" -> ``change = (round(a / b * 100, 1) if b else None)``."""
        crash = analysis.crash
        assert crash is not None
        destination = destination_of(analysis, division)
        fallback = destination.fallback() if destination is not None else None
        if destination is None or fallback is None or not fallback.strong:
            return  # a type alone does not say the quotient is None when the divisor is 0
        words = {n.id for n in ast.walk(division.right) if isinstance(n, ast.Name)} | {
            n.attr for n in ast.walk(division.right) if isinstance(n, ast.Attribute)}
        if not destination.mentions(words - {"len"}):
            return  # "None for an unknown campaign" documents another case than this one
        if not is_pure(division.right):
            return  # the test would evaluate the divisor a second time
        divisor = ast.get_source_segment(crash.source, division.right) or ""
        yield Candidate(
            strategy=self.name,
            description=f"When `{divisor}` is 0, {destination.place} now gets "
                        f"{fallback.source} instead of the code raising ZeroDivisionError.",
            edits={crash.path: wrap_value(crash.source, destination, divisor,
                                          fallback.source)},
            # A field's own comment outranks the guard's returned default (0.75); a
            # function's docstring is what that guard reads already, so it ties with it.
            originals={crash.path: crash.source},
            plausibility=0.8 if destination.attached else 0.75, contract=fallback.reason,
        )

    def _conditional_chains(self, analysis: Analysis) -> Iterator[Candidate]:
        """``found[0]["name"]`` -> ``(found[0]["name"] if found else None)``."""
        crash, statement = analysis.crash, analysis.statement
        assert crash is not None and statement is not None
        parents = {id(child): node for node in ast.walk(statement)
                   for child in ast.iter_child_nodes(node)}
        returned = analysis.return_default if (
            analysis.return_default is not None and analysis.return_default.strong
        ) else None
        for node, _ in _indexings(statement):
            index = node.slice
            if not (isinstance(index, ast.Constant) and index.value in (0, -1)):
                continue
            chain: ast.expr = node
            while True:
                parent = parents.get(id(chain))
                if not _extends(parent, chain):
                    break
                assert isinstance(parent, ast.expr)
                chain = parent
            sequence = ast.get_source_segment(crash.source, node.value) or ""
            text = ast.get_source_segment(crash.source, chain) or ast.unparse(chain)
            # `-> list[str]` types the whole answer: it backs `[]` for a chain that is it
            # (`return found[0]["tags"]`), not for one item's name appended in a loop.
            default = returned if returned is not None and not (
                typed_only(returned.reason) and not whole_answer(statement, chain)) else None
            value = default.source if default is not None else "None"
            yield Candidate(
                strategy=self.name,
                description=f"When `{sequence}` is empty, `{text}` now gives {value} "
                            "instead of raising IndexError.",
                edits={crash.path: replace_node(crash.source, chain,
                                                f"({text} if {sequence} else {value})")},
                originals={crash.path: crash.source},
                plausibility=0.7 if default is not None else 0.3,
                contract=default.reason if default is not None else None,
            )

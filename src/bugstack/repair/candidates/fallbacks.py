"""What a guard does when the value it checks is missing, in order of the evidence for it.

Shared by the guard templates (None, missing key, empty sequence, zero divisor): give
what the function's docstring says it gives otherwise, answer the way sibling functions
answer a missing record, return what the function's contract names, skip the item when
the crash is inside a loop over items, or, with no evidence at all, return None (which
the pipeline treats as a guess). A sibling's 404 backs nothing where the function's own
docstring gives an ordinary answer for a case with nothing in it, and the return type
backs nothing where the None came through a parameter annotated never to be None, nor an
early return that would skip what the function still had to do (``board.save(...)``):
the type says what comes back, not that the work may be left undone.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.effects import skipped_effect
from bugstack.repair.contract import default_for_annotation
from bugstack.repair.contract_alternatives import alternative_expression, documented_alternative

__all__ = ["Fallback", "fallbacks", "typed_only", "whole_answer"]


@dataclass(frozen=True, slots=True)
class Fallback:
    statement: str
    description: str
    contract: str | None
    plausibility: float


def _inside_loop(analysis: Analysis) -> bool:
    function, statement = analysis.function, analysis.statement
    if function is None or statement is None:
        return False
    for node in ast.walk(function):
        if isinstance(node, ast.For | ast.While) and any(
            child is statement for child in ast.walk(node) if child is not node
        ):
            return True
    return False


def typed_only(contract: str | None) -> bool:
    """The backing is the return annotation alone (``default_for_annotation``)."""
    return contract is not None and contract.startswith(("its return type", "the function is "
                                                         "annotated to return"))


def whole_answer(statement: ast.stmt, node: ast.expr) -> bool:
    """``return data["tags"]``: ``node`` is the whole answer, which the return type does
    describe. Anything else builds on it: a guard's early ``return {}`` drops the rest,
    and the type's ``[]`` written in its place (an item appended in a loop, a quotient) is
    no value of the kind used there."""
    return isinstance(statement, ast.Return) and statement.value is node


def _annotation_refuses_none(analysis: Analysis, value: str) -> bool:
    """``-> str`` says None never comes back, so a docstring's "``nickname`` is None when
    ..." is about something else than the answer and backs no ``return None``."""
    returns = analysis.function.returns if analysis.function is not None else None
    if value != "None" or returns is None:
        return False
    typed = default_for_annotation(returns)
    return typed is not None and typed.source != "None"


#: The function's docstring gives an ordinary answer for a case with nothing in it ("``winner``
#: is null while nobody has finished"): the page exists then, so no sibling's 404 fits.
_DOCUMENTED_ABSENCE = re.compile(r"\b(?:null|none|empty|zero)\b[^.;]*\b(?:while|when|until|if"
                                 r"|before|for|after|once|past|beyond|without|unless)\b", re.I)


def _parameter_promised(analysis: Analysis) -> bool:
    """The None came in through a parameter annotated never to be None (``override:
    dict[str, Any]``): the caller broke that promise, and the return type says nothing
    about what a broken promise gives back."""
    function, culprit = analysis.function, analysis.culprit
    if function is None or culprit is None:
        return False
    for argument in [*function.args.posonlyargs, *function.args.args,
                     *function.args.kwonlyargs]:
        if argument.arg == culprit and argument.annotation is not None:
            return not _admits_none(argument.annotation)
    return False


def _admits_none(annotation: ast.expr) -> bool:
    """``X | None``, ``Optional[X]``, ``Any``, ``object`` or a string annotation (read as
    unknown); ``dict[str, Any]`` does not: its ``Any`` is about the values."""
    if isinstance(annotation, ast.Constant):
        return annotation.value is None or isinstance(annotation.value, str)
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _admits_none(annotation.left) or _admits_none(annotation.right)
    if isinstance(annotation, ast.Subscript):
        return ast.unparse(annotation.value).rsplit(".", 1)[-1] in ("Optional", "Union") \
            and "None" in ast.unparse(annotation.slice)
    return ast.unparse(annotation).rsplit(".", 1)[-1] in ("Any", "object", "None")


def _records_already_checked(analysis: Analysis) -> bool:
    """The crashing function answers "not found" above the crash itself (``if
    store.member(member_id) is None: raise HTTPException(404, ...)``): the records it was
    asked for exist by then, so a key missing from another table afterwards (a rating not
    stored yet) is no missing record, and a second 404 would refuse a request the function
    has already accepted."""
    function, crash, not_found = analysis.function, analysis.crash, analysis.not_found
    if function is None or crash is None or not_found is None:
        return False
    answer = re.escape(not_found.source.split("(", 1)[0].strip())
    start = function.lineno
    lines = crash.source.splitlines()[start:crash.lineno - 1]
    return any(re.search(rf"\b{answer}\b", line) and ("404" in line or "NotFound" in line
                                                       or "Http404" in line)
               for line in lines)


def _called_per_item(analysis: Analysis) -> bool:
    """The crashing function is called for each item of a listing, in any module
    (``[_status(m) for m in machines.all_machines()]``): a sibling's "not found" would
    answer the whole list with a 404 for one item's missing key, so it backs nothing. A
    loop over the very mapping the crash reads (``for machine_id in STARTED`` around
    ``STARTED[machine_id]``) never meets a missing key, and does not count."""
    function, statement = analysis.function, analysis.statement
    if function is None or isinstance(function, ast.Lambda) or statement is None:
        return False
    name = function.name
    read = {ast.unparse(n.value) for n in ast.walk(statement) if isinstance(n, ast.Subscript)}
    for _rel, _text, tree in analysis.parsed_files(f"{name}("):
        for node in ast.walk(tree):
            if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
                body: list[ast.AST] = [node.elt] if not isinstance(node, ast.DictComp) \
                    else [node.key, node.value]
                iters = [g.iter for g in node.generators]
            elif isinstance(node, ast.For):
                body, iters = list(node.body), [node.iter]
            else:
                continue
            if any(_over(it, read) for it in iters):
                continue
            if any(isinstance(call, ast.Call) and _called(call, name)
                   for part in body for call in ast.walk(part)):
                return True
    return False


def _called(call: ast.Call, name: str) -> bool:
    return (isinstance(call.func, ast.Name) and call.func.id == name) or (
        isinstance(call.func, ast.Attribute) and call.func.attr == name)


def _over(iterable: ast.expr, mappings: set[str]) -> bool:
    """``STARTED``, ``STARTED.keys()``, ``sorted(STARTED)`` for a read mapping."""
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute) \
            and iterable.func.attr in ("keys", "items"):
        iterable = iterable.func.value
    elif isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) \
            and iterable.func.id in ("sorted", "list", "reversed") and iterable.args:
        iterable = iterable.args[0]
    return ast.unparse(iterable) in mappings


def fallbacks(analysis: Analysis, lookup: bool = True) -> list[Fallback]:
    """``lookup``: the missing value is a record looked up (so "not found" fits)."""
    if analysis.function is None:
        return []
    found: list[Fallback] = []
    alternative = documented_alternative(ast.get_docstring(analysis.function))
    if alternative is not None and analysis.tree is not None:
        # The function's own "otherwise X" outranks how its siblings answer.
        named = alternative_expression(alternative, analysis.function, analysis.tree)
        if named is not None:
            found.append(Fallback(f"return {named.source}", f"returns {named.source}",
                                  named.reason, 0.9))
    documented_absence = _DOCUMENTED_ABSENCE.search(
        ast.get_docstring(analysis.function) or "") is not None
    if analysis.not_found is not None and lookup:
        checked = _records_already_checked(analysis) or _called_per_item(analysis)
        found.append(Fallback(analysis.not_found.source, "answers like its sibling endpoints",
                              None if documented_absence or checked
                              else analysis.not_found.reason,
                              0.35 if documented_absence or checked else 0.8))
    default = analysis.return_default
    if default is not None:
        # The annotation names the type of a whole answer; inside a loop `return []`
        # throws away every item gathered so far for the one that crashed, which the
        # type does not back (only a sentence about that case could).
        backed = default.strong and not (_inside_loop(analysis)
                                         and default.reason.startswith("its return type"))
        backed = backed and not _annotation_refuses_none(analysis, default.source)
        backed = backed and not (typed_only(default.reason) and (
            _parameter_promised(analysis) or skipped_effect(analysis) is not None))
        found.append(Fallback(f"return {default.source}", f"returns {default.source}",
                              default.reason if backed else None,
                              0.75 if backed else 0.35))
    if _inside_loop(analysis):
        found.append(Fallback("continue", "skips that item", None, 0.35))
    if default is None or default.source != "None":
        found.append(Fallback("return None", "returns None", None, 0.3))
    return found

"""A weighted sum over a table of weights meets a None item that the documentation says is
left out, with the remaining weights scaled up.

::

    def final_percentage(scores: Scores) -> float:
        \"\"\"... An excused component (None) is left out of the mark altogether: the
        weights of the components that remain are scaled up so they still sum to 1.\"\"\"
        total = sum(scores[name] * weight for name, weight in COMPONENT_WEIGHTS.items())
        return round(total, 1)

raises TypeError for a student excused from the labs. What the docstring asks for is
the weighted average over the items that remain::

    counted = {name: weight for name, weight in COMPONENT_WEIGHTS.items()
               if scores[name] is not None}
    total = sum(scores[name] * weight for name, weight in counted.items()) / sum(
        counted.values())

Counting the None as 0 (the obvious guard) fails the excused student; skipping it
without scaling the weights up gives the same wrong mark.

Backing, all required:

* a TypeError of ``*`` with a NoneType operand at ``total = sum(<item> * <weight> for
  <key>, <weight> in <WEIGHTS>.items())`` (one generator, no filter), the item reading
  the key and not the weight;
* ``total`` is read after it only once, by ``return total`` or ``return round(total,
  ...)``: the sum is the whole answer, so dividing it by the weights counted is all
  the change;
* the table is a literal (in the module, or imported from one) whose weights sum to 1:
  weights in percent would be put on another scale by the division;
* a sentence of the function's docstring says None (or the item's case) is left out
  (left out, skipped, not counted, ignored, excluded) and the remaining weights are
  scaled up (rescaled, renormalised, scaled so they sum to 1), with no contrast or
  target of its own ("unlike the dashboard's", "onto the exam alone"); no sentence
  refuses, or gives a missing item a score of its own ("an exam not sat scores 0").

Review 25 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of, replace_node
from bugstack.repair.candidates.none_declarations import reachable_constant
from bugstack.repair.contract_items import sentences

__all__ = ["WeightsRescaledWithoutNone"]

_NONE_PRODUCT = re.compile(r"unsupported operand type\(s\) for \*: (?:'NoneType' and '\w+'"
                           r"|'\w+' and 'NoneType')")
_LEFT_OUT = re.compile(r"\b(?:left\s+out|leaves?\s+out|skipped|not\s+counted|ignored"
                       r"|excluded|dropped|(?:does|do)\s+not\s+count|(?:doesn't|don't)\s+count)\b",
                       re.I)
# "Unlike the dashboard's mark, ...", "onto the exam alone": another rule than a rescale.
_OTHERWISE = re.compile(r"\b(?:unlike|whereas|but|except|onto|instead)\b", re.I)
# Another answer for a missing score: "an exam not sat (None) scores 0".
_ANOTHER_ANSWER = re.compile(r"\b(?:scores?|counts?\s+as|is\s+taken\s+as|as)\s+(?:0|zero)\b", re.I)
_RESCALED = re.compile(r"\b(?:scaled\s+up|rescaled|re-?normali[sz]ed|re-?weighted"
                       r"|scaled\s+so\s+(?:that\s+)?they\s+(?:still\s+)?sum\s+to\s+1)\b", re.I)
_REFUSES = re.compile(r"\b(?:rais(?:e|es|ing)|errors?|refus\w*|reject\w*|invalid|must)\b", re.I)


def _weighted_sum(statement: ast.stmt) -> tuple[str, ast.Call, ast.comprehension] | None:
    """(total, the sum() call, its generator) of ``total = sum(x * w for k, w in T.items())``."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, ast.Call)
            and isinstance(statement.value.func, ast.Name) and statement.value.func.id == "sum"
            and len(statement.value.args) == 1 and not statement.value.keywords
            and isinstance(statement.value.args[0], ast.GeneratorExp)):
        return None
    generator_expression = statement.value.args[0]
    if len(generator_expression.generators) != 1:
        return None
    loop = generator_expression.generators[0]
    if loop.ifs or not (isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2
                        and all(isinstance(e, ast.Name) for e in loop.target.elts)
                        and isinstance(loop.iter, ast.Call) and not loop.iter.args
                        and isinstance(loop.iter.func, ast.Attribute)
                        and loop.iter.func.attr == "items"):
        return None
    return statement.targets[0].id, statement.value, loop


def _sums_to_one(analysis: Analysis, items: ast.expr) -> bool:
    """Whether the table of ``TABLE.items()`` is a literal whose weights sum to 1."""
    assert isinstance(items, ast.Call) and isinstance(items.func, ast.Attribute)
    table = items.func.value
    reached = reachable_constant(analysis, ast.unparse(table)) \
        if isinstance(table, ast.Name | ast.Attribute) else None
    if reached is None:
        return False
    try:
        values = ast.literal_eval(reached[1])
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return False
    numbers = list(values.values()) if isinstance(values, dict) else []
    return bool(numbers) and all(isinstance(v, int | float) and not isinstance(v, bool)
                                 for v in numbers) and abs(sum(numbers) - 1) < 1e-9


class WeightsRescaledWithoutNone:
    name = "weights-rescaled-without-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "TypeError" or not _NONE_PRODUCT.search(analysis.message) \
                or crash is None or statement is None \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            return
        found = _weighted_sum(statement)
        if found is None:
            return
        total, call, loop = found
        assert isinstance(loop.target, ast.Tuple)
        key, weight = (e.id for e in loop.target.elts if isinstance(e, ast.Name))
        product = call.args[0]
        assert isinstance(product, ast.GeneratorExp)
        elt = product.elt
        if not (isinstance(elt, ast.BinOp) and isinstance(elt.op, ast.Mult)):
            return
        sides = [elt.left, elt.right]
        weights = [s for s in sides if isinstance(s, ast.Name) and s.id == weight]
        items = [s for s in sides if s not in weights]
        if len(weights) != 1 or len(items) != 1 \
                or not any(isinstance(n, ast.Name) and n.id == key for n in ast.walk(items[0])) \
                or any(isinstance(n, ast.Name) and n.id == weight for n in ast.walk(items[0])):
            return
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == total
                 and n.lineno > (statement.end_lineno or statement.lineno)]
        returns = [r for r in ast.walk(function) if isinstance(r, ast.Return) and r.value
                   is not None and ((isinstance(r.value, ast.Name) and r.value.id == total)
                                    or (isinstance(r.value, ast.Call)
                                    and ast.unparse(r.value.func) == "round"
                                    and r.value.args and isinstance(r.value.args[0], ast.Name)
                                    and r.value.args[0].id == total))]
        if len(reads) != 1 or len(returns) != 1 \
                or any(isinstance(n, ast.Name) and n.id == "counted" for n in ast.walk(function)):
            return
        if not _sums_to_one(analysis, loop.iter):
            return  # weights in percent, or not known: dividing would change the scale
        told = sentences(ast.get_docstring(function) or "")
        said = [s for s in told if _LEFT_OUT.search(s) and _RESCALED.search(s)]
        if len(said) != 1 or _OTHERWISE.search(said[0]) \
                or any(_REFUSES.search(s) or _ANOTHER_ANSWER.search(s) for s in told):
            return
        source = crash.source
        item = ast.get_source_segment(source, items[0]) or ast.unparse(items[0])
        table = ast.get_source_segment(source, loop.iter) or ast.unparse(loop.iter)
        indent = indentation_of(source, statement.lineno)
        counted = (f"counted = {{{key}: {weight} for {key}, {weight} in {table}\n"
                   f"{indent}           if {item} is not None}}\n{indent}")
        summed = ast.get_source_segment(source, call) or ast.unparse(call)
        rewritten = summed.replace(table, "counted.items()", 1)
        new_line = f"{total} = {rewritten} / sum(counted.values())"
        edited = replace_node(source, statement, counted + new_line)
        yield Candidate(
            strategy=self.name,
            description=f"An item whose `{item}` is None is now left out of `{total}` and "
                        "the weights that remain are scaled up to sum to 1, instead of the "
                        "sum raising TypeError.",
            edits={crash.path: edited}, originals={crash.path: source}, plausibility=0.85,
            contract=f'the docstring says: "{said[0][:200]}"',
        )

"""Items the documentation leaves out of a rate: the zero divisor is filtered, not guarded.

``[ride.km / (ride.moving_seconds / 3600) for ride in rides]`` raises ZeroDivisionError for
a ride typed in by hand, whose moving time is 0. When the function's documentation says
such items do not count in the figure ("they count in the rides and the kilometres, but not
in the average speed, which is taken over the timed rides only"), the comprehension leaves
them out:

    speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides if ride.moving_seconds]

Giving such an item a rate of 0 pulls the figure down, and answering the whole function
with its empty value blanks the items that do have a rate: neither is proposed here. The
sentence must name the items (``rides``), leave them out of something ("not in the
average", "over the timed rides only", "excluded from"), and name the field that is 0
(``moving`` of ``moving_seconds``), without saying they count as 0.

When the filtered list is then averaged (``sum(x) / len(x)``, ``mean(x)``, ``x[0]``,
``max(x)``), it can now be empty: the function answers that case as its documentation says
("None when the rider has no timed ride that month"), from the documented fallbacks the
other templates use. Without one, nothing is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.candidates.fallbacks import fallbacks, typed_only
from bugstack.repair.contract_items import item_noun, sentences

__all__ = ["ExcludedDivisors"]

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp)
_LEFT_OUT = re.compile(
    r"\bnot\s+(?:in|into|from|towards?)\s+the\s+\w+"
    r"|\b(?:taken|computed|worked\s+out|averaged|measured|calculated)\s+(?:over|from|across|on)"
    r"\s+(?:the\s+)?[\w\s-]{1,40}?\s+only\b"
    r"|\bleft\s+out\s+of\b|\bexcluded\s+from\b|\bleaves?\s+(?:them|it)\s+out\b", re.I)
#: "count as 0", "a speed of zero": the items stay in the figure with a value of their own.
_AS_ZERO = re.compile(r"\b(?:as|of|at)\s+(?:0|zero|nought)\b", re.I)
#: Words of a field name too common to tie a sentence to it.
_COMMON = {"seconds", "minutes", "hours", "days", "time", "count", "total", "value",
           "amount", "number", "size", "length"}
#: Reads of a list that fail when it is empty.
_NEEDS_ITEMS = {"mean", "fmean", "median", "mode", "max", "min", "harmonic_mean",
                "geometric_mean"}


def _zero_part(divisor: ast.expr, item: str) -> ast.expr | None:
    """The part of ``divisor`` that is 0: ``ride.moving_seconds`` of
    ``(ride.moving_seconds / 3600)``; a literal scale is never 0."""
    while isinstance(divisor, ast.BinOp) and isinstance(divisor.op, ast.Div | ast.Mult):
        if isinstance(divisor.right, ast.Constant) and divisor.right.value:
            divisor = divisor.left
        elif isinstance(divisor.left, ast.Constant) and divisor.left.value \
                and isinstance(divisor.op, ast.Mult):
            divisor = divisor.right
        else:
            return None
    if isinstance(divisor, ast.Attribute | ast.Subscript) and isinstance(
            divisor.value, ast.Name) and divisor.value.id == item:
        return divisor
    return None


def _field_words(part: ast.expr) -> set[str]:
    if isinstance(part, ast.Attribute):
        name = part.attr
    else:
        assert isinstance(part, ast.Subscript)
        name = ast.unparse(part.slice).strip("'\"")
    return {w for w in name.lower().split("_") if len(w) > 3 and w not in _COMMON}


def _leaving_out(docstring: str, noun: str, fields: set[str]) -> str | None:
    """The sentence that leaves the items with the zero field out of the figure."""
    nouns = {noun, noun + "s", noun[:-1] + "ies" if noun.endswith("y") else noun + "es"}
    for sentence in sentences(docstring):
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if nouns & words and fields & words and _LEFT_OUT.search(sentence) \
                and not _AS_ZERO.search(sentence):
            return sentence
    return None


def _needs_items(function: ast.AST, name: str, after: int) -> bool:
    """Whether code after line ``after`` reads list ``name`` in a way an empty one fails."""
    for node in ast.walk(function):
        if getattr(node, "lineno", 0) <= after:
            continue
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod) \
                and ast.unparse(node.right) == f"len({name})":
            return True
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Name) \
                and node.args[0].id == name and not node.keywords:
            called = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if called in _NEEDS_ITEMS:
                return True
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
                and node.value.id == name and isinstance(node.slice, ast.Constant | ast.UnaryOp):
            return True
    return False


def _counts_all(function: ast.AST, iterable: ast.expr, after: int) -> bool:
    """Whether code after line ``after`` counts every item (``len(rides)``), which the
    filtered list no longer matches."""
    counted = f"len({ast.unparse(iterable)})"
    return any(isinstance(n, ast.Call) and ast.unparse(n) == counted
               for n in ast.walk(function) if getattr(n, "lineno", 0) > after)


def _next_statement(function: ast.AST, statement: ast.stmt) -> ast.stmt | None:
    for node in ast.walk(function):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and statement in block:
                index = block.index(statement)
                return block[index + 1] if index + 1 < len(block) else None
    return None


class ExcludedDivisors:
    name = "excluded-divisors"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, statement = analysis.crash, analysis.function, analysis.statement
        if analysis.exc_type != "ZeroDivisionError" or crash is None or function is None \
                or statement is None or statement is function:
            return
        docstring = ast.get_docstring(function) or ""
        for comprehension in [n for n in ast.walk(statement) if isinstance(n, _COMPREHENSIONS)]:
            if len(comprehension.generators) != 1 or comprehension.generators[0].is_async:
                continue
            generator = comprehension.generators[0]
            if not isinstance(generator.target, ast.Name):
                continue
            item = generator.target.id
            parts = [p for n in ast.walk(comprehension.elt) if isinstance(n, ast.BinOp)
                     and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod)
                     and (p := _zero_part(n.right, item)) is not None]
            if len(parts) != 1:
                continue
            iterable = generator.iter
            noun = item_noun(iterable.id if isinstance(iterable, ast.Name) else item)
            sentence = _leaving_out(docstring, noun.removesuffix("s") or noun,
                                    _field_words(parts[0]))
            if sentence is None:
                continue
            yield from self._filtered(analysis, statement, comprehension, parts[0], sentence)

    def _filtered(self, analysis: Analysis, statement: ast.stmt,
                  comprehension: ast.ListComp | ast.SetComp | ast.GeneratorExp,
                  part: ast.expr, sentence: str) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        assert crash is not None and function is not None
        generator = comprehension.generators[0]
        last = generator.ifs[-1] if generator.ifs else generator.iter
        condition = ast.get_source_segment(crash.source, part) or ast.unparse(part)
        last_text = ast.get_source_segment(crash.source, last) or ast.unparse(last)
        new = replace_node(crash.source, last, f"{last_text} if {condition}")
        described = f"leaves out the items whose `{condition}` is 0"
        backing = f'the docstring says: "{sentence[:200]}"'
        # Only a list kept in a name, so that every later use sees the same items: filtered
        # in place (``sum(... for r in rides) / len(rides)``) the count would still hold them.
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and statement.value is comprehension):
            return
        name = statement.targets[0].id
        after = statement.end_lineno or statement.lineno
        if _counts_all(function, generator.iter, after):
            return
        if _needs_items(function, name, after):
            documented = [f for f in fallbacks(analysis, lookup=False)
                          if f.contract and not typed_only(f.contract)
                          and f.statement.startswith("return")]
            following = _next_statement(function, statement)
            if not documented or following is None:
                return
            new = insert_before_statement(new, following,
                                          [f"if not {name}:", f"\t{documented[0].statement}"])
            described += f", and {documented[0].description} when none is left"
            # The answer for "none left" is the fallback's own sentence; it leads, as the
            # case the returned value is for.
            backing = f'{documented[0].contract}; and "{sentence[:200]}"'
        yield Candidate(
            strategy=self.name,
            description=f"The calculation now {described}, as the documentation says such "
                        "items do not count in it.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.85, contract=backing,
        )

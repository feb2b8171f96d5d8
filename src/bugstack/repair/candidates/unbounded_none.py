"""A None compared as a bound, where the code documents None as "no bound".

``start < self.end`` raises "'<' not supported between instances of 'datetime.datetime'
and 'NoneType'" for a booking whose declaration says "None for an open-ended booking
(... until further notice): it takes the room from ``start`` on, with no end". A missing
end is then later than every moment, so the comparison is decided without it::

    return self.start < end and (self.end is None or start < self.end)

Skipping the booking (treating it as no overlap) would double-book the room; raising
would refuse what the data model allows. Handled only when all of this holds:

* the error is an ordering comparison (``<``, ``<=``, ``>``, ``>=``) with one NoneType
  operand, and exactly one comparison of the crashing statement has that operator with
  an operand the captured values show is None (a local, or a field of a captured object);
* a sentence of that value's own documentation (the comments on its field's declaration,
  or the crashing function's docstring naming it) calls None unbounded: open-ended, no
  end, no limit, until further notice, never expires (an upper bound) or from the
  beginning, no start (a lower bound), and refuses nothing (rejected, invalid, error).

The comparison then takes the value the infinite bound gives it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["UnboundedNone"]

_MESSAGE = re.compile(r"^'(<|<=|>|>=)' not supported between instances of '([\w.]+)' and "
                      r"'([\w.]+)'$")
_OPERATORS: dict[type[ast.cmpop], str] = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
                                          ast.GtE: ">="}
_NO_UPPER = re.compile(r"\bopen[- ]ended\b|\bno end\b|\bwith(?:out)? no end\b|\bwithout an? end"
                       r"|\buntil further notice\b|\bno (?:upper )?limit\b|\bunlimited\b"
                       r"|\bnever expires?\b|\bno expiry\b|\bindefinitely\b", re.I)
_NO_LOWER = re.compile(r"\bfrom the (?:very )?beginning\b|\bno start\b|\bno lower (?:limit|bound)"
                       r"|\bsince (?:forever|the beginning)\b", re.I)
_REFUSED = re.compile(r"\b(?:reject\w*|refus\w*|raises?|invalid|errors?|not allowed|must not)\b",
                      re.I)


def _captured_none(expr: ast.expr, analysis: Analysis) -> str | None:
    """The field or local name of ``expr`` when the captured values show it is None."""
    if isinstance(expr, ast.Name):
        return expr.id if analysis.values.get(expr.id) == "None" else None
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        captured = analysis.values.get(expr.value.id, "")
        try:
            made = ast.parse(captured, mode="eval").body
        except SyntaxError:
            return None
        if isinstance(made, ast.Call) and any(
                k.arg == expr.attr and isinstance(k.value, ast.Constant) and k.value.value is None
                for k in made.keywords):
            return expr.attr
    return None


def _unbounded(analysis: Analysis, name: str, is_field: bool) -> tuple[str, str] | None:
    """("upper"|"lower", the sentence) where the value's documentation calls None unbounded."""
    texts = analysis.declaration_comments(name) if is_field else []
    if analysis.function is not None and not is_field:
        texts.append(ast.get_docstring(analysis.function) or "")
    found: set[tuple[str, str]] = set()
    for text in texts:
        for sentence in sentences(text):
            if _REFUSED.search(sentence) or (not is_field and name not in sentence):
                continue
            if _NO_UPPER.search(sentence):
                found.add(("upper", sentence))
            if _NO_LOWER.search(sentence):
                found.add(("lower", sentence))
    kinds = {kind for kind, _ in found}
    return min(found) if len(kinds) == 1 else None


class UnboundedNone:
    name = "unbounded-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        matched = _MESSAGE.match(analysis.message)
        if analysis.exc_type != "TypeError" or crash is None or statement is None \
                or matched is None or "NoneType" not in matched.group(2, 3) \
                or matched.group(2) == matched.group(3):
            return
        symbol, none_left = matched.group(1), matched.group(2) == "NoneType"
        found = []
        for node in ast.walk(statement):
            if isinstance(node, ast.Compare) and len(node.ops) == 1 \
                    and _OPERATORS.get(type(node.ops[0])) == symbol:
                operand = node.left if none_left else node.comparators[0]
                name = _captured_none(operand, analysis)
                if name is not None:
                    found.append((node, operand, name))
        if len(found) != 1:
            return
        node, operand, name = found[0]
        said = _unbounded(analysis, name, isinstance(operand, ast.Attribute))
        if said is None:
            return
        kind, sentence = said
        # With None above everything: x < None and None > x hold; the rest do not.
        holds = (symbol in ("<", "<=")) != none_left if kind == "upper" else \
            (symbol in (">", ">=")) != none_left
        value = ast.get_source_segment(crash.source, operand) or ast.unparse(operand)
        text = ast.get_source_segment(crash.source, node) or ast.unparse(node)
        new = f"({value} is None or {text})" if holds else f"({value} is not None and {text})"
        yield Candidate(
            strategy=self.name,
            description=f"A None `{value}` is now taken as no {kind} bound, so `{text}` is "
                        f"{holds} for it instead of raising TypeError.",
            edits={crash.path: replace_node(crash.source, node, new)},
            originals={crash.path: crash.source},
            plausibility=0.85, contract=f'the documentation of `{name}` says: "{sentence[:200]}"',
        )

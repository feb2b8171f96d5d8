"""An exact-date lookup where the documentation says the latest entry before applies.

``next(r.per_euro for r in rates if r.currency == currency and r.day == day)`` raises
StopIteration for a Saturday: rates, prices and tariffs are published on some days only,
and the code's own documentation says a day without one takes "the last rate published
before it". The lookup takes the latest entry on or before the day::

    max((r for r in rates if r.currency == currency and r.day <= day),
        key=lambda r: r.day).per_euro

A day before the first entry still finds none and raises (ValueError from ``max``), as it
should. ``next(..., None)`` or skipping the item would lose the amount.

Backing, all required: the crash is a StopIteration from ``next()`` given one generator
expression over one sequence, whose conditions are joined by ``and`` and include one
``item.attr == value`` equality; and the documentation of the crashed function or its
module says the last, latest or most recent entry before, or on or before, applies, in a
sentence that says the earlier entry applies to a day without its own ("a transaction on
such a day is converted at the last rate published before it") and does not refuse it
("never used", "is an error"). A function whose own docstring says the entry of the day
itself, or that compares dates itself, gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract_items import documentation_near, sentences

__all__ = ["LatestOnOrBefore"]

_LATEST_BEFORE = re.compile(r"\b(?:last|latest|most recent|previous)\b[^.;]*\b(?:before|"
                            r"preceding|prior to|earlier)\b", re.I)
_NEXT_ONE = re.compile(r"\b(?:next|following|after)\b", re.I)
_REFUSED = re.compile(r"\b(?:never|not|cannot|can't|no longer|errors?|rais\w*|refus\w*|"
                      r"reject\w*)\b", re.I)
# The earlier entry must be said to apply to a day without its own ("a transaction on such
# a day is converted at the last rate"), not merely be named ("paid on the last working
# day before the 25th", "minus the last reading taken before it").
_STANDS_IN = re.compile(r"\b(?:appl(?:y|ies)|is used|are used|uses|converted at|charged at|"
                        r"priced at|takes?|stands? in|falls? back|counts?)\b", re.I)
_WITHOUT_ONE = re.compile(r"\b(?:none|no\s+\w+|without|missing|not published|weekends?|"
                          r"holidays?|such a day|days? when)\b", re.I)
_EXACT = re.compile(r"\bitself\b|\bexactly\b|\bonly\b[^.]*\bon\b", re.I)


def _dated_equality(condition: ast.expr, item: str) -> list[ast.Compare]:
    parts = condition.values if isinstance(condition, ast.BoolOp) \
        and isinstance(condition.op, ast.And) else [condition]
    return [p for p in parts if isinstance(p, ast.Compare) and len(p.ops) == 1
            and isinstance(p.ops[0], ast.Eq) and isinstance(p.left, ast.Attribute)
            and isinstance(p.left.value, ast.Name) and p.left.value.id == item
            and p.left.attr in ("day", "date", "on", "effective", "valid_from", "published",
                                "published_on", "effective_on", "starts", "start")]


def _earlier_lookup(function: ast.AST) -> bool:
    """Whether the function also looks up an earlier entry itself (``r.day < day``): the
    exact one is then meant, beside it."""
    return any(isinstance(n, ast.Compare) and any(isinstance(o, ast.Lt | ast.LtE | ast.Gt
                                                             | ast.GtE) for o in n.ops)
               for n in ast.walk(function))


class LatestOnOrBefore:
    name = "latest-on-or-before"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None \
                or analysis.exc_type != "StopIteration":
            return
        calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and n.func.id == "next"
                 and len(n.args) == 1 and isinstance(n.args[0], ast.GeneratorExp)]
        if len(calls) != 1:
            return
        generator = calls[0].args[0]
        assert isinstance(generator, ast.GeneratorExp)
        if len(generator.generators) != 1 or len(generator.generators[0].ifs) != 1 \
                or not isinstance(generator.generators[0].target, ast.Name):
            return
        loop = generator.generators[0]
        assert isinstance(loop.target, ast.Name)
        item = loop.target.id
        equalities = _dated_equality(loop.ifs[0], item)
        if len(equalities) != 1:
            return
        own = ast.get_docstring(analysis.function) if analysis.function else None
        if own and _EXACT.search(own):
            return  # the function says the entry of the day itself: its own word wins
        # The crashed function and its module: a caller's sentence is about its own items.
        reason = next((s for _, text in documentation_near(crash.source, tree, crash.lineno)
                       for s in sentences(text)
                       if _LATEST_BEFORE.search(s) and not _NEXT_ONE.search(s)
                       and not _REFUSED.search(s) and _STANDS_IN.search(s)
                       and _WITHOUT_ONE.search(s)), None)
        if reason is None or (analysis.function is not None
                              and _earlier_lookup(analysis.function)):
            return
        equality = equalities[0]
        element = generator.elt
        taken = element.attr if isinstance(element, ast.Attribute) \
            and isinstance(element.value, ast.Name) and element.value.id == item else None
        if taken is None and not (isinstance(element, ast.Name) and element.id == item):
            return
        source = crash.source
        compare = ast.get_source_segment(source, equality) or ast.unparse(equality)
        attribute = ast.get_source_segment(source, equality.left) or ast.unparse(equality.left)
        value = ast.get_source_segment(source, equality.comparators[0]) \
            or ast.unparse(equality.comparators[0])
        text = ast.get_source_segment(source, generator) or ast.unparse(generator)
        element_text = ast.get_source_segment(source, element) or ast.unparse(element)
        inner = text[1:-1] if text.startswith("(") else text
        inner = inner.replace(compare, f"{attribute} <= {value}", 1)
        if not inner.startswith(element_text):
            return
        inner = item + inner[len(element_text):]
        chosen = f"max(({inner}), key=lambda {item}: {attribute})"
        line = source.splitlines()[calls[0].lineno - 1]
        if len(line) - len(ast.get_source_segment(source, calls[0]) or "") + len(chosen) > 99:
            indent = indentation_of(source, statement.lineno)
            inside = indent + indent_unit(source)
            chosen = (f"max(\n{inside}({inner}),\n{inside}key=lambda {item}: {attribute},"
                      f"\n{indent})")
        if taken is not None:
            chosen += f".{taken}"
        yield Candidate(
            strategy=self.name,
            description=f"A {attribute.rsplit('.', 1)[-1]} without an entry of its own takes "
                        "the latest "
                        f"one before it (`{attribute} <= {value}`), as documented.",
            edits={crash.path: replace_node(source, calls[0], chosen)},
            originals={crash.path: source}, plausibility=0.8,
            contract=f'the documentation says: "{reason[:160]}"',
        )

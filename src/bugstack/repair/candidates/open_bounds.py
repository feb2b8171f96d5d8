"""A blank range bound documented as "no limit": ``if low > high:`` with ``high`` None.

``products_in_range`` reads ``min_price`` and ``max_price`` from a form whose fields are
optional (a blank field cleans to None), checks ``if low > high:`` to swap an upside-down
range, and filters ``price__gte=low, price__lte=high``. Its docstring says a blank bound
means no limit on that side. Both uses then honour that: the comparison between the two
bounds holds only when both are given (``low is not None and high is not None and low >
high``), and the query filters only by the bounds that are given (``**{lookup: bound for
lookup, bound in {"price__gte": low, "price__lte": high}.items() if bound is not None}``).
Defaulting a blank bound to 0 would return nothing for a blank maximum, a 400 would
reject a normal submit, and guarding only the swap would leave ``price__lte=None`` to fail.

Backing, all of it required: the crash compares two plain names, one of them captured as
None; a sentence of the function's or the module's docstring says a blank (empty, missing,
absent, omitted, unset) bound, limit, minimum or maximum (or one of the two names) means no
limit (unbounded, open-ended), and refuses nothing; and every other read of the two names
in the function is the swap itself or a range lookup (``__gte``, ``__gt``, ``__lte``,
``__lt``) passed to a ``.filter()`` call, where leaving a condition out means no limit on
that side. A bound read any other way (compared with an item, given to another function,
computed with) is not covered by a rule that knows what None means there, and nothing is
proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_nodes

__all__ = ["BlankBoundNoLimit"]

_MESSAGE = re.compile(r"'(<|<=|>|>=)' not supported between instances of '[\w.]+' and "
                      r"'[\w.]+'")
_BLANK = re.compile(r"\b(blank|empty|missing|absent|omitted|unset|left out|not given)\b",
                    re.I)
_NO_LIMIT = re.compile(r"\b(no (upper |lower )?(limit|bound)s?|unlimited|unbounded|"
                       r"open[- ]ended|not limited)\b", re.I)
_BOUND_WORDS = r"bounds?|limits?|min(imum)?|max(imum)?|ends?"
_REFUSAL = re.compile(r"\b(reject\w*|invalid|errors?|raises?|required|40\d|not allowed)\b",
                      re.I)
_RANGE_LOOKUP = re.compile(r"__(gte|gt|lte|lt)$")


def _documented(texts: list[str], names: tuple[str, str]) -> str | None:
    """The sentence that gives a blank bound no limit."""
    about = re.compile(rf"\b({_BOUND_WORDS}|{'|'.join(map(re.escape, names))})\b", re.I)
    for text in texts:
        for sentence in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", text)):
            if _BLANK.search(sentence) and _NO_LIMIT.search(sentence) \
                    and about.search(sentence) and not _REFUSAL.search(sentence):
                return sentence.strip()
    return None


def _is_swap(node: ast.AST, names: set[str]) -> bool:
    """``low, high = high, low``."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Tuple) and isinstance(node.value, ast.Tuple)):
        return False
    sides = [node.targets[0].elts, node.value.elts]
    return all({n.id for n in side if isinstance(n, ast.Name)} == names and len(side) == 2
               for side in sides)


def _filter_calls(function: ast.AST, names: set[str], compare: ast.Compare,
                  ) -> list[ast.Call] | None:
    """The ``.filter()`` calls that pass the bounds as range lookups, or None when a bound
    is read any other way than there, in the swap and in ``compare``."""
    allowed = {id(n) for n in ast.walk(compare)}
    calls: list[ast.Call] = []
    for node in ast.walk(function):
        if _is_swap(node, names):
            assert isinstance(node, ast.Assign)
            allowed.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "filter":
            bounded = [k for k in node.keywords if isinstance(k.value, ast.Name)
                       and k.value.id in names]
            if bounded and all(k.arg and _RANGE_LOOKUP.search(k.arg) for k in bounded):
                calls.append(node)
                allowed.update(id(k.value) for k in bounded)
    reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id in names
             and isinstance(n.ctx, ast.Load)]
    if any(inner is not outer and inner in list(ast.walk(outer))
           for outer in calls for inner in calls):
        return None  # chained filters: one rewrite would overlap the other
    return calls if all(id(n) in allowed for n in reads) else None


def _without_none(call: ast.Call, names: set[str], source: str) -> str:
    """The call's arguments with the bounds passed only when given; the comprehension goes
    on lines of its own when the line would grow longer than any in the file."""
    spelled = [ast.get_source_segment(source, a) or ast.unparse(a) for a in call.args]
    lookups = []
    for keyword in call.keywords:
        if isinstance(keyword.value, ast.Name) and keyword.value.id in names:
            lookups.append(f'"{keyword.arg}": {keyword.value.id}')
        else:
            spelled.append(ast.get_source_segment(source, keyword) or ast.unparse(keyword))
    given = ("lookup: bound for lookup, bound in {" + ", ".join(lookups)
             + "}.items() if bound is not None")
    func = ast.get_source_segment(source, call.func) or ast.unparse(call.func)
    one_line = f"{func}({', '.join([*spelled, '**{' + given + '}'])})"
    longest = max(len(line) for line in source.splitlines())
    line = source.splitlines()[call.lineno - 1]
    if len(line) - len(ast.get_source_segment(source, call) or "") + len(one_line) <= longest:
        return one_line
    outer = indentation_of(source, call.lineno)
    inner = outer + indent_unit(source)
    given = given.replace(" if bound", "\n" + inner + "if bound")
    opened = ", ".join([*spelled, "**{"])
    return f"{func}({opened}\n{inner}{given}\n{outer}}})"


class BlankBoundNoLimit:
    name = "blank-bound-no-limit"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "TypeError" or crash is None or statement is None \
                or function is None or tree is None or "'NoneType'" not in analysis.message \
                or not _MESSAGE.search(analysis.message):
            return
        test = statement.test if isinstance(statement, ast.If | ast.While) else statement
        compares = [c for c in ast.walk(test) if isinstance(c, ast.Compare)
                    and len(c.ops) == 1 and isinstance(c.left, ast.Name)
                    and isinstance(c.comparators[0], ast.Name)]
        for compare in compares:
            left, right = compare.left, compare.comparators[0]
            assert isinstance(left, ast.Name) and isinstance(right, ast.Name)
            pair = (left.id, right.id)
            if left.id == right.id or "None" not in (analysis.values.get(left.id),
                                                     analysis.values.get(right.id)):
                continue
            texts = [t for t in (ast.get_docstring(function), ast.get_docstring(tree)) if t]
            sentence = _documented(texts, pair)
            if sentence is None:
                continue
            names = set(pair)
            calls = _filter_calls(function, names, compare)
            if calls is None:
                continue  # a bound read where no rule here knows what None means
            guard = f"{left.id} is not None and {right.id} is not None and " + (
                ast.get_source_segment(crash.source, compare) or ast.unparse(compare))
            if compare is not test:
                guard = f"({guard})"
            replacements: list[tuple[ast.AST, str]] = [(compare, guard)]
            replacements += [(call, _without_none(call, names, crash.source))
                             for call in calls]
            yield Candidate(
                strategy=self.name,
                description=f"A blank `{left.id}` or `{right.id}` (None) means no limit on "
                            "that side, as documented: the comparison of the two bounds "
                            "needs both, and the query filters only by the bounds given.",
                edits={crash.path: replace_nodes(crash.source, replacements)},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f"the documentation says: \"{sentence[:160]}\"",
            )


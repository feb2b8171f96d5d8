"""A field that is None by design, used as a number, where the code names the constant
that stands for its None.

The field's declaration says when it is None (``every_weeks: int | None`` with the
comment "None for the standard plan"), and the code names what that case is worth. Two
places take the constant, and the words decide which:

* **the field itself**, when its own comment names the constant ("None for the standard
  plan (schedule.DEFAULT_INTERVAL_WEEKS)") or sibling code already reads it so
  (``sub.every_weeks or schedule.DEFAULT_INTERVAL_WEEKS``):
  ``timedelta(weeks=sub.every_weeks)`` becomes
  ``timedelta(weeks=DEFAULT_INTERVAL_WEEKS if sub.every_weeks is None else
  sub.every_weeks)``;
* **the number worked out from it**, when a sentence naming the constant speaks of the
  same case as the field's comment ("None for internet radio streams" and "an entry with
  no length (an internet radio stream) gets UNKNOWN_LENGTH"): ``round(track.duration)``
  becomes ``UNKNOWN_LENGTH if track.duration is None else round(track.duration)``. The
  number is the chain of arithmetic and numeric built-ins around the read (``round(card.
  interval_days * EASE[grade])``), never a call of the app's own, which may do more.

The obvious guards (``or 0``, ``or 1``, skipping the item) give a number the code never
chose: a delivery every 0 weeks, ``#EXTINF:0``, a new card stretched by the grade's ease.

A third place: **another field of the object** of the same type, when a sentence on the
case names it and counts from it ("A plant not watered since it was potted counts from
its potting day": ``plant.potted_on`` for a None ``plant.last_watered``). "A prescription
not collected yet is due from the day it was written" gives the whole answer, the day
itself, and backs nothing here (blind batch 34).

Backing, all of it required: a ``TypeError`` about None; one attribute read in the
crashed statement whose captured object shows it None (or, with no repr to tell, the one
read whose declaration has a None case); the declaration on the object's own class, whose
comment gives None one case and does not refuse it (``none_declarations``); and exactly
one value named for that case, reachable from the crashed module and fit for the field's
type (a flag is no number of weeks): by the comment, by siblings reading a field of that
name that only one class declares, or by one sentence of the function's, class's or
module's docstring that shares two words with the case, speaks of an absence, and
neither refuses, negates, nor gives the case a second answer ("while the CSV leaves the
cell empty"). Where the field's own words and the siblings name different constants,
nothing is proposed. And a fourth: the number worked out from the field stays **None**
when it is handed, as the field of the same name, to a class declaring that field
``... | None`` as well (a to-taste ingredient scaled is still to taste). The number
worked out from the field grows through numeric
built-ins and products, never through a sum: ``at + slot.length`` is a running total
whose None slot takes the constant, not the whole clock.

A fifth: **the constant's own comment**, when it speaks of the field's None case and
says which number it stands in place of ("The raised beds are not measured: each pays
this flat yearly rent in place of the area rent" for ``plot.area_m2 * RATE_PER_M2``,
the comment's "area" naming a part of that number). The number becomes the constant,
and what the function adds to it afterwards (water, a concession) still applies.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node
from bugstack.repair.candidates.none_declarations import (
    CONSTANT,
    REFUSAL,
    SECOND_ANSWER,
    Declaration,
    case_words,
    declaration_of,
    docstrings_around,
    fits,
    names_for_none,
    negated_before,
    reachable_constant,
    shared,
    words,
)
from bugstack.repair.candidates.none_stand_ins import kept_as_none, stand_in_field
from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["DeclaredNoneValue"]

#: Built-ins that turn a number into a number: part of "the number worked out from it".
_NUMERIC = frozenset({"round", "int", "float", "abs", "math.floor", "math.ceil", "math.trunc",
                      "floor", "ceil", "trunc"})
_SCALING = (ast.Mult, ast.Div, ast.FloorDiv, ast.Pow)
_ABSENCE = re.compile(r"\b(?:no|not|never|without|unknown|none|yet|missing|empty|unset)\b",
                      re.I)
def _none_reads(analysis: Analysis) -> list[tuple[ast.Attribute, Declaration]]:
    """Attribute reads of the statement that may be the None, with their declarations."""
    assert analysis.statement is not None
    found: list[tuple[ast.Attribute, Declaration]] = []
    for node in ast.walk(analysis.statement):
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)
                and isinstance(node.value, ast.Name | ast.Attribute)):
            continue
        shown = analysis.values.get(ast.unparse(node.value), "")
        said = re.search(rf"\b{re.escape(node.attr)}=([^,)]*)", shown)
        if said is not None and said.group(1).strip() != "None":
            continue  # the captured object shows a value there
        declared = declaration_of(analysis, node.attr, shown)
        if declared is not None:
            found.append((node, declared))
    return found


def _number_around(statement: ast.stmt, read: ast.Attribute) -> ast.expr:
    """The chain of products and numeric built-ins that works a number out of ``read``."""
    parents = {id(child): node for node in ast.walk(statement)
               for child in ast.iter_child_nodes(node) if isinstance(node, ast.expr)}
    current: ast.expr = read
    while (parent := parents.get(id(current))) is not None:
        numeric_call = (isinstance(parent, ast.Call) and current in parent.args
                        and ast.unparse(parent.func) in _NUMERIC)
        scaled = isinstance(parent, ast.BinOp) and isinstance(parent.op, _SCALING)
        if not (numeric_call or scaled or isinstance(parent, ast.UnaryOp)):
            break
        current = parent
    return current


def _siblings_constant(analysis: Analysis, attr: str) -> set[str]:
    """Constants that other code puts in the field's place: ``x.attr or C``,
    ``C if x.attr is None else x.attr``; not in a test of truth (``bool(x.attr or C)``)."""
    crash, own = analysis.crash, analysis.function
    assert crash is not None
    found: set[str] = set()
    for rel, _, tree in analysis.parsed_files(f".{attr}"):
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or (
                    own is not None and rel == crash.path and function.lineno == own.lineno):
                continue
            tests = {id(n.test) for n in ast.walk(function)
                     if isinstance(n, ast.If | ast.While | ast.IfExp | ast.Assert)}
            tests |= {id(a) for n in ast.walk(function) if isinstance(n, ast.Call)
                      and ast.unparse(n.func) == "bool" for a in n.args}
            for node in ast.walk(function):
                if id(node) in tests:
                    continue
                if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) \
                        and len(node.values) == 2 and _reads(node.values[0], attr):
                    found |= _constant_named(node.values[1])
                elif isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare) \
                        and len(node.test.ops) == 1 and _reads(node.test.left, attr) \
                        and isinstance(node.test.comparators[0], ast.Constant) \
                        and node.test.comparators[0].value is None:
                    fallback = node.body if isinstance(node.test.ops[0], ast.Is) \
                        else node.orelse
                    found |= _constant_named(fallback)
    return found


def _reads(node: ast.expr, attr: str) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == attr


def _constant_named(node: ast.expr) -> set[str]:
    text = ast.unparse(node)
    return {text} if CONSTANT.fullmatch(text) else set()


def _sentence_backing(analysis: Analysis, read: ast.Attribute, declared: Declaration
                      ) -> tuple[str, str] | None:
    """The one constant a docstring sentence gives the field's None case."""
    case, drop = case_words(read, declared)
    backed: dict[str, str] = {}
    for sentence in (s for text in docstrings_around(analysis) for s in sentences(text)):
        # "A segment whose rate is None is a full ramp": that None names the case ("its
        # firing time is None" is an answer of its own).
        answers = re.sub(r"\bwhose\s+(?:\w+\s+){0,2}(?:is|are|was|were)\s+None\b", "", sentence)
        if REFUSAL.search(sentence) or SECOND_ANSWER.search(answers) \
                or not _ABSENCE.search(sentence):
            continue
        named = {m.group(1) for m in CONSTANT.finditer(sentence)
                 if reachable_constant(analysis, m.group(1)) is not None}
        if len(named) != 1:
            continue
        (constant,) = named
        if negated_before(sentence, constant):
            continue
        if shared(case, words(sentence, drop | words(constant.replace("_", " "), set()))) >= 2:
            backed.setdefault(constant, sentence)
    return next(iter(backed.items())) if len(backed) == 1 else None


# "Each pays this flat yearly rent in place of the area rent": the constant's own comment
# says which number it replaces.
_IN_PLACE = re.compile(r"\b(?:in\s+place\s+of|instead\s+of|in\s+lieu\s+of)\s+((?:\w+\s+){0,3}\w+)",
                       re.I)


_PERIODS = {"day": r"daily|a\s+day|per\s+day|each\s+day", "night": r"nightly|a\s+night"
            r"|per\s+night|each\s+night", "week": r"weekly|a\s+week|per\s+week|each\s+week",
            "month": r"monthly|a\s+month|per\s+month|each\s+month", "year": r"yearly|annual"
            r"|a\s+year|per\s+year|each\s+year|the\s+year"}


_RATE_UNIT = re.compile(r"\b([a-z]+)\s+(?:an?|per|each)\s+"
                        r"(second|minute|hour|day|week|month|year)\b", re.I)


def _same_rate_unit(sentence: str, comments: list[str]) -> bool:
    """The sentence and the field's comment give the same "<unit> a <time>"."""
    theirs = {(m.group(1).lower(), m.group(2).lower()) for m in _RATE_UNIT.finditer(sentence)}
    ours = {(m.group(1).lower(), m.group(2).lower()) for c in comments
            for m in _RATE_UNIT.finditer(c)}
    return bool(theirs & ours)


def _per_other_time(sentence: str, comments: list[str]) -> bool:
    """The constant's sentence counts per another time than the field's own comment."""
    per = re.compile(r"\b(?:an?|per|each)\s+(second|minute|hour|day|week|month|year)\b", re.I)
    theirs = {m.group(1).lower() for m in per.finditer(sentence)}
    ours = {m.group(1).lower() for c in comments for m in per.finditer(c)}
    return bool(theirs and ours and not theirs & ours)


def _periods(text: str) -> set[str]:
    return {period for period, pattern in _PERIODS.items()
            if re.search(rf"\b(?:{pattern})\b", text, re.I)}


def _comment_backing(analysis: Analysis, read: ast.Attribute, declared: Declaration,
                     chain: ast.expr) -> tuple[str, str] | None:
    """The one constant of the crashed module whose own comment speaks of the field's None
    case (an absence, two words in common) and says it stands in place of the number the
    statement works out, every word of that number's name found in its names or the
    function's ("the area rent" for ``rent = plot.area_m2 * RATE_PER_M2`` in
    ``annual_rent``, not for a water charge worked out from the area). The number has no
    factor but the field and constants (``* nights`` would be dropped with it), the
    comment counts over the same period as the function if both name one (a monthly rent
    is no year's), and the function's docstring has no word of its own on the case."""
    tree, crash, function, statement = (analysis.tree, analysis.crash, analysis.function,
                                        analysis.statement)
    assert tree is not None and crash is not None
    if chain is read or function is None or isinstance(function, ast.Lambda):
        return None
    case, drop = case_words(read, declared)
    factors = [n for n in ast.walk(chain) if isinstance(n, ast.Name | ast.Attribute)
               and not isinstance(getattr(n, "ctx", None), ast.Store)]
    variables = [n for n in factors if isinstance(n, ast.Name) and not CONSTANT.fullmatch(n.id)
                 and not any(n is getattr(f, "value", None) for f in factors)]
    if variables:
        return None
    names = {part for node in factors for name in (
        [node.id] if isinstance(node, ast.Name) else [node.attr])
        for part in name.lower().split("_") if len(part) > 2}
    names |= {w for w in function.name.lower().split("_") if len(w) > 2}
    if isinstance(statement, ast.Assign | ast.AugAssign | ast.AnnAssign):
        assigned = statement.targets[0] if isinstance(statement, ast.Assign) \
            else statement.target
        if isinstance(assigned, ast.Name):
            names |= {w for w in assigned.id.lower().split("_") if len(w) > 2}
    docstring = ast.get_docstring(function) or ""
    if any(shared(case, words(s, drop)) >= 2 for s in sentences(docstring)):
        return None  # the function says what the case is worth itself
    lines = crash.source.splitlines()
    backed: dict[str, str] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else None
        if not isinstance(target, ast.Name) or not CONSTANT.fullmatch(target.id):
            continue
        for sentence in sentences(comments_above(lines, node.lineno)):
            replaced = _IN_PLACE.search(sentence)
            if replaced is None or REFUSAL.search(sentence) or SECOND_ANSWER.search(sentence) \
                    or not _ABSENCE.search(sentence):
                continue
            noun = {w.lower().removesuffix("s") for w in replaced.group(1).split()
                    if w.lower() not in ("the", "its", "their", "a", "an")}
            theirs, ours = _periods(sentence), _periods(docstring + " " + function.name)
            if theirs and ours and not theirs & ours:
                continue
            if shared(case, words(sentence, drop)) >= 2 \
                    and noun <= {n.removesuffix("s") for n in names}:
                backed.setdefault(target.id, sentence)
    return next(iter(backed.items())) if len(backed) == 1 else None


class DeclaredNoneValue:
    name = "declared-none-value"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if analysis.exc_type != "TypeError" or "NoneType" not in analysis.message \
                or crash is None or statement is None or tree is None \
                or statement is analysis.function:
            return
        reads = _none_reads(analysis)
        if len({ast.unparse(read) for read, _ in reads}) != 1:
            return  # none declared, or several: which one was None is not known
        read, declared = reads[0]
        annotation = declared.fields[read.attr]
        named = names_for_none(declared.clause)
        siblings = _siblings_constant(analysis, read.attr) if declared.only_one else set()
        claimed = {c.rsplit(".", 1)[-1] for c in named | siblings}
        if claimed:
            written = next(iter(named or siblings))
            reached = reachable_constant(analysis, written) if len(claimed) == 1 else None
            if reached is None or not fits(reached[1], annotation):
                return  # disagreeing words, an unreachable constant, or one of another kind
            why = (f"the field's comment: \"{declared.clause}\"" if named else
                   f"sibling code reads `{read.attr}` with `{written}` in its place")
            yield self._candidate(analysis, read, read, reached[0], why)
            return
        backing = _sentence_backing(analysis, read, declared)
        if backing is not None:
            reached = reachable_constant(analysis, backing[0])
            # ``KILN_MAX_RATE`` for a None ``rate`` is the field's own value; an
            # ``UNKNOWN_LENGTH`` for a None ``duration`` is the number worked out from it.
            # The head noun, last in English compounds, decides: ``UNKNOWN_WEIGHT_FEE`` is
            # a fee, not a weight (review 25).
            # ... and only when the sentence gives it in the field's own unit ("degrees an
            # hour" in both): "starts at FIRST_INTERVAL_DAYS, whatever the grade" is the
            # whole interval, not the one the grade stretches (batch 33).
            comments = analysis.declaration_comments(read.attr)
            itself = read.attr.lower().split("_")[-1] == \
                backing[0].rsplit(".", 1)[-1].lower().split("_")[-1] \
                and _same_rate_unit(backing[1], comments)
            if _per_other_time(backing[1], comments):
                return  # "degrees a minute" for a rate "in degrees an hour"
            if reached is not None and fits(reached[1], annotation):
                yield self._candidate(analysis, read,
                                      read if itself else _number_around(statement, read),
                                      reached[0], f"the code says: \"{backing[1][:200]}\"")
            return
        chain = _number_around(statement, read)
        commented = _comment_backing(analysis, read, declared, chain)
        if commented is not None:
            reached = reachable_constant(analysis, commented[0])
            if reached is not None and fits(reached[1], annotation):
                yield self._candidate(analysis, read, chain, reached[0],
                                      f"`{commented[0]}` is documented: \"{commented[1][:200]}\"")
            return
        standing_in = stand_in_field(analysis, read, declared)
        if standing_in is not None:
            other, sentence = standing_in
            value = ast.get_source_segment(crash.source, read.value) or ast.unparse(read.value)
            yield self._candidate(analysis, read, read, f"{value}.{other}",
                                  f"the code says: \"{sentence[:200]}\"")
            return
        kept = kept_as_none(analysis, statement, read, chain, declared) \
            if chain is not read else None
        if kept is not None:
            yield self._candidate(analysis, read, chain, "None", kept)

    def _candidate(self, analysis: Analysis, read: ast.Attribute, replaced: ast.expr,
                   constant: str, why: str) -> Candidate:
        crash = analysis.crash
        assert crash is not None
        field = ast.get_source_segment(crash.source, read) or ast.unparse(read)
        value = ast.get_source_segment(crash.source, replaced) or ast.unparse(replaced)
        text = f"{constant} if {field} is None else {value}"
        if not _takes_any_expression(analysis.statement, replaced):
            text = f"({text})"
        what = "the field" if replaced is read else f"`{value}`"
        edited = replace_node(crash.source, replaced, text)
        if constant.startswith("settings.") and analysis.tree is not None and not any(
                isinstance(n, ast.Import | ast.ImportFrom)
                and any((a.asname or a.name) == "settings" for a in n.names)
                for n in analysis.tree.body):
            edited = insert_import(edited, "from django.conf import settings")
        return Candidate(
            strategy=self.name,
            description=f"When `{field}` is None, {what} now takes {constant}, the value "
                        f"the code gives that case, instead of the code crashing on None.",
            edits={crash.path: edited},
            originals={crash.path: crash.source}, plausibility=0.85, contract=why,
        )


def _takes_any_expression(statement: ast.stmt | None, node: ast.expr) -> bool:
    """Whether ``node`` sits where a conditional expression needs no brackets: a value
    assigned or returned, an argument, an f-string field, an item of a literal."""
    parent = next((p for p in ast.walk(statement) if any(
        child is node for child in ast.iter_child_nodes(p))), None) if statement else None
    return isinstance(parent, ast.Assign | ast.AnnAssign | ast.Return | ast.keyword
                      | ast.Call | ast.FormattedValue | ast.Dict | ast.List | ast.Tuple) \
        and getattr(parent, "func", None) is not node

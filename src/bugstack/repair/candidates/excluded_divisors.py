"""Items the documentation leaves out of a rate: the zero divisor is filtered, not guarded.

``[ride.km / (ride.moving_seconds / 3600) for ride in rides]`` raises ZeroDivisionError for
a ride typed in by hand, whose moving time is 0. When the function's documentation says
such items do not count in the figure ("they count in the rides and the kilometres, but not
in the average speed, which is taken over the timed rides only"), the comprehension leaves
them out:

    speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides if ride.moving_seconds]

Giving such an item a rate of 0 pulls the figure down, and answering the whole function
with its empty value blanks the items that do have a rate: neither is proposed here.

Backing, all required (the 26th adversarial review beat a looser first version 13 times in
14): a sentence names the items (``rides``), every word of the field that is 0 (a
duration's unit said as its time: "no moving time", "the timed rides") and leaves them out
of something ("not in the average", "over the timed rides only", "excluded from"); no
sentence naming the field keeps them in ("never excluded") or refuses them ("a broken
upload raises"), and none gives them a value ("count as 0", "count at the standard pace").
The list is kept in a name, the items are read nowhere else in the function (a count taken
before, a zip with the riders), and the list is only summed, counted or averaged, and
averaged here: a sum handed to a caller may be divided by every item there. The filtered
list can then be empty: the function answers that case as its documentation says ("None
when the rider has no timed ride that month"), from the documented fallbacks the other
templates use. Without one, nothing is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, next_statement
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
#: How a sentence says a duration field: "no moving time", "the timed rides".
_TIME = {"seconds", "secs", "minutes", "mins", "hours", "hrs", "time", "timed", "duration"}
#: "never excluded", "not left out": the items stay in the figure.
_KEPT = re.compile(r"\b(?:never|not|no\s+longer)\s+(?:be\s+)?(?:excluded|left\s+out|dropped|"
                   r"skipped|ignored)\b", re.I)
#: A value of their own: "they count as 0", "count at the standard pace", "treated as".
_OWN_VALUE = re.compile(r"\bcounts?\s+(?:as|at)\b|\bcounted\s+(?:as|at)\b|\btreated\s+as\b"
                        r"|\btaken\s+as\b|\b(?:as|of|at)\s+(?:0|zero|nought)\b", re.I)
#: The field's case refused: a broken upload, an error, asked again.
_REFUSED = re.compile(r"\b(?:rais\w*|error|refus\w*|reject\w*|broken|invalid|corrupt\w*)\b",
                      re.I)
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


def _field_words(part: ast.expr) -> list[set[str]]:
    """Each word of the field's name, as the words a sentence may say it with: the unit of
    a duration (``moving_seconds``) is said as its time ("moving time", "timed")."""
    if isinstance(part, ast.Attribute):
        name = part.attr
    else:
        assert isinstance(part, ast.Subscript)
        name = ast.unparse(part.slice).strip("'\"")
    return [_TIME if word in _TIME else {word, word + "s"}
            for word in name.lower().split("_") if len(word) > 2]


def _says_field(words: set[str], field: list[set[str]]) -> bool:
    return bool(field) and all(
        forms & words or any(w.startswith(f) for w in words for f in forms if len(f) > 4)
        for forms in field)


def _leaving_out(docstring: str, noun: str, field: list[set[str]]) -> str | None:
    """The sentence that leaves the items with the zero field out of the figure, when no
    sentence gives them a value of their own or refuses them."""
    nouns = {noun, noun + "s", noun[:-1] + "ies" if noun.endswith("y") else noun + "es"}
    every = sentences(docstring)
    if any(_OWN_VALUE.search(sentence) for sentence in every):
        return None
    found = None
    for sentence in every:
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if not _says_field(words, field):
            continue
        if _REFUSED.search(sentence) or _KEPT.search(sentence):
            return None  # the field's case has another answer: a refusal, or they stay in
        if found is None and nouns & words and _LEFT_OUT.search(sentence):
            found = sentence
    return found


def _read_only_by_aggregates(function: ast.AST, name: str, after: int) -> bool:
    """Whether every later read of list ``name`` sums, counts or averages it (or tests it
    for emptiness): zipped with other items, indexed or passed on, its positions would no
    longer match theirs."""
    allowed = {"sum", "len", *_NEEDS_ITEMS}
    parents = {id(child): node for node in ast.walk(function)
               for child in ast.iter_child_nodes(node)}
    for node in ast.walk(function):
        if not (isinstance(node, ast.Name) and node.id == name
                and isinstance(node.ctx, ast.Load) and node.lineno > after):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Call) and parent.args[:1] == [node] and (
                (isinstance(parent.func, ast.Name) and parent.func.id in allowed)
                or (isinstance(parent.func, ast.Attribute) and parent.func.attr in allowed)):
            continue
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            continue
        return False
    return True


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
        # Only a list kept in a name, so that every later use sees the same items: filtered
        # in place (``sum(... for r in rides) / len(rides)``) the count would still hold them.
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and statement.value is comprehension):
            return
        name = statement.targets[0].id
        after = statement.end_lineno or statement.lineno
        outside = [n for n in ast.walk(function) if isinstance(n, ast.Name | ast.Attribute)
                   and ast.unparse(n) == ast.unparse(generator.iter)
                   and not any(n is inner for inner in ast.walk(comprehension))]
        if outside or not _read_only_by_aggregates(function, name, after):
            return  # the items are counted or paired elsewhere: the filtered list would not match
        # Averaged here, or the sum goes to a caller that may divide it by every item.
        if not _needs_items(function, name, after):
            return
        documented = [f for f in fallbacks(analysis, lookup=False)
                      if f.contract and not typed_only(f.contract)
                      and f.statement.startswith("return")]
        following = next_statement(function, statement)
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

"""``max()`` / ``min()`` of an empty sequence: the batch that holds nothing yet.

``peak = max(r.celsius for r in readings)`` raises "max() arg is an empty sequence" for
an upload without readings. What the answer is then belongs to the place the value goes
to, never to the engine: a field ``peak: float | None`` documented "None when the batch
holds no reading" says it. Two shapes follow from such a contract:

* the aggregate itself falls back: ``max((r.celsius for r in readings), default=None)``;
* when the function computes several values from the sequence and returns them together
  (``return Summary(count=len(readings), peak=peak, mean=mean)``), a guard in front of the
  first one returns the same expression with each of those values replaced by what its
  own place documents for the empty case (``if not readings: return Summary(count=
  len(readings), peak=None, mean=None)``). Guarding only ``max`` would leave the mean's
  division by ``len(readings)`` to crash on the next line.

The ``statistics`` functions have no ``default``: ``median(minutes)`` of an empty list
("no median for empty data") becomes ``median(minutes) if minutes else None`` when the
list is a plain name or attribute (a generator is always true, so the test would lie).

Every value replaced needs a documented fallback from a sentence that names the sequence
(``reading`` for ``readings``) or says the value is missing while there is nothing yet
("None when no ticket was closed that week", "null until the first delivery"); a type
that merely admits None, a sentence about another case, or a statement in between that
does more than compute a local backs nothing, and nothing is proposed. No 0 is made up
for a peak: a 0 °C peak in a cold room looks real.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import destination_of, is_pure
from bugstack.repair.candidates.edits import insert_before_statement, replace_node, replace_nodes
from bugstack.repair.contract import Evidence
from bugstack.repair.contract_items import item_noun, refusal_in

__all__ = ["EmptyAggregate"]

_EMPTY = re.compile(r"\b(max|min)\(\) (arg is an empty sequence|iterable argument is empty)")
#: ``statistics``' errors for empty data, and the function each names.
_STATISTICS = re.compile(r"^no (median|mode) for empty data$|^(mean|fmean|geometric_mean"
                         r"|harmonic_mean) requires at least one data point$")
#: A sentence saying the value is missing when there is nothing yet ("None when no ticket
#: was closed", "null until the first delivery") speaks of an empty sequence in the
#: domain's words, not the code's (`minutes`).
_ABSENCE = re.compile(r"\b(?:when|if|while|for)\s+(?:there\s+(?:is|are|was|were)\s+)?no\b"
                      r"|\b(?:until|before)\s+(?:the|its|their|his|her|a)\s+(?:[\w'\u2019]+\s+){0,2}"
                      r"first\b|\bwithout\s+any\b|\bnot\s+yet\b|\b(?:is|are)\s+empty\b", re.I)
_STATISTIC_NAMES = ("median", "median_low", "median_high", "mode", "mean", "fmean",
                    "geometric_mean", "harmonic_mean")
#: Nested scopes: a return or a name inside one is not the function's own.
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _named(call: ast.Call, name: str) -> bool:
    """``name(...)``, or ``statistics.name(...)`` for the statistics functions."""
    return (isinstance(call.func, ast.Name) and call.func.id == name) or (
        isinstance(call.func, ast.Attribute) and call.func.attr == name
        and ast.unparse(call.func.value) == "statistics")


def _aggregates(statement: ast.stmt, name: str) -> list[tuple[ast.Call, ast.expr]]:
    """Each ``max(<one iterable>)`` call of the statement without a ``default``, with the
    sequence it iterates (the generator's source for ``max(x.y for x in items)``). A
    ``key=`` is kept: it chooses among the items and says nothing of there being none."""
    found = []
    for node in ast.walk(statement):
        if (isinstance(node, ast.Call) and _named(node, name)
                and len(node.args) == 1
                and all(keyword.arg == "key" for keyword in node.keywords)
                and not isinstance(node.args[0], ast.Starred)):
            iterable = node.args[0]
            if isinstance(iterable, ast.GeneratorExp | ast.ListComp) \
                    and len(iterable.generators) == 1:
                if iterable.generators[0].ifs:
                    # Filtered, it is empty also when the data is not ("every reading
                    # saturated"): what the data's emptiness documents is not this case.
                    continue
                iterable = iterable.generators[0].iter
            if is_pure(iterable):  # the guard tests it once more
                found.append((node, iterable))
    return found


def _names_the_items(sentence: str, sequence: ast.expr) -> bool:
    """Whether ``sentence`` names the sequence's items by its noun: "table" for
    ``open_tables`` (not "open", which a closed restaurant's sentence also says)."""
    nouns = {item_noun(name).removesuffix("s") for name in _words(sequence)}
    return any(len(noun) >= 3 and re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", sentence, re.I)
               for noun in nouns)


def _case_clause(sentence: str, value: str) -> str:
    """The clause that gives ``value`` its case: "None when the restaurant is not open"
    of "The table to seat the party at; None when ...", which names a table only as the
    field's own subject."""
    written = r"\b(?:None|null)\b" if value == "None" else re.escape(value)
    found = re.search(written, sentence)
    return sentence[found.start():].split(";")[0] if found else sentence


def _refused_around(analysis: Analysis, place: str) -> bool:
    """Whether the crashed module's docstring, or the docstring of the class that owns the
    place (`DayStats` of "`DayStats.median_minutes`"), refuses a case: an empty list is
    then not simply the documented empty case."""
    if analysis.tree is None:
        return False
    if refusal_in(ast.get_docstring(analysis.tree) or ""):
        return True
    owner = re.match(r"`(\w+)\.\w+`", place)
    if owner is None:
        return False
    return any(refusal_in(ast.get_docstring(node) or "") for _, _, tree in
               analysis.parsed_files(f"class {owner.group(1)}") for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef) and node.name == owner.group(1))


def _names_the_filter(analysis: Analysis, sequence: ast.expr, sentence: str) -> bool:
    """Whether the sentence speaks of what the filter of ``minutes = [... if t["closed"]
    is not None and _week(t["closed"]) == week]`` asks ("no ticket was closed in that
    week"): the list is empty exactly when none passes it."""
    function = analysis.function
    if not isinstance(sequence, ast.Name) or function is None:
        return False
    words: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == sequence.id
                                                for t in node.targets) \
                and isinstance(node.value, ast.GeneratorExp | ast.ListComp | ast.SetComp):
            for loop in node.value.generators:
                for condition in loop.ifs:
                    for part in ast.walk(condition):
                        text = part.id if isinstance(part, ast.Name) else part.attr \
                            if isinstance(part, ast.Attribute) else part.value \
                            if isinstance(part, ast.Constant) and isinstance(part.value, str) \
                            else ""
                        words |= {w for w in re.split(r"[_\W]+", text.lower()) if len(w) >= 4}
    return any(re.search(rf"\b{re.escape(w)}", sentence, re.I) for w in words)


def _filtered(analysis: Analysis, sequence: ast.expr) -> bool:
    """``good`` bound in the crashed function to a comprehension with a condition."""
    function = analysis.function
    return isinstance(sequence, ast.Name) and function is not None and any(
        isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == sequence.id
                                             for t in node.targets)
        and isinstance(node.value, ast.GeneratorExp | ast.ListComp | ast.SetComp)
        and any(loop.ifs for loop in node.value.generators)
        for node in ast.walk(function))


def _words(node: ast.expr) -> set[str]:
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return (names | {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}) - {
        "len", "self"}


def _own_nodes(function: ast.AST) -> Iterator[ast.AST]:
    """The function's nodes outside nested functions, lambdas and classes."""
    for child in ast.iter_child_nodes(function):
        yield child
        if not isinstance(child, _SCOPES):
            yield from _own_nodes(child)


class EmptyAggregate:
    name = "empty-aggregate"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        match = _EMPTY.search(analysis.message) if analysis.exc_type == "ValueError" else \
            _STATISTICS.match(analysis.message.strip()) \
            if analysis.exc_type == "StatisticsError" else None
        if match is None or crash is None or statement is None \
                or statement is analysis.function:
            return
        name = next(group for group in match.groups() if group)
        for call, sequence in _aggregates(statement, name):
            if analysis.exc_type == "ValueError":
                yield from self._default(analysis, call, sequence)
            else:
                yield from self._conditional(analysis, statement, call)
            yield from self._early_return(analysis, sequence)

    def _documented(self, analysis: Analysis, value: ast.expr, sequence: ast.expr) -> (
        tuple[Evidence, str] | None
    ):
        """The fallback the place ``value`` goes to documents for an empty ``sequence``,
        and the place's name; None when its contract does not speak of that case."""
        destination = destination_of(analysis, value)
        fallback = destination.fallback() if destination is not None else None
        if destination is None or fallback is None or not fallback.strong:
            return None  # `peak: float | None` allows None, it does not say when
        # The case itself, not its asides: "None while the lot is withdrawn (no bids are
        # taken on it)" is a withdrawn lot's None, not an unsold one's.
        case = re.sub(r"\([^)]*\)", " ", _case_clause(destination.sentence or "",
                                                    fallback.source))
        # The filter's words count only beside words of absence ("no ticket was closed in
        # that week"), not in any sentence that shares one ("while the sensor is offline",
        # "on days the desk is closed": review 22).
        named = _names_the_items(case, sequence) or (
            _names_the_filter(analysis, sequence, case) and bool(_ABSENCE.search(case)))
        if not named and (_filtered(analysis, sequence) or not _ABSENCE.search(case)):
            # "None while the sensor is offline" is another case; and a filtered list is
            # empty also when the data is not ("every frame an error"), which a sentence
            # about no data at all does not cover (the nineteenth adversarial review).
            return None
        if _refused_around(analysis, destination.place):
            return None  # "a day with tickets but none closed raises StalledQueue" (review 22)
        return fallback, destination.place

    def _default(self, analysis: Analysis, call: ast.Call, sequence: ast.expr) -> (
        Iterator[Candidate]
    ):
        """``max(x for x in xs)`` -> ``max((x for x in xs), default=None)``."""
        crash = analysis.crash
        assert crash is not None and isinstance(call.func, ast.Name)
        documented = self._documented(analysis, call, sequence)
        if documented is None:
            return
        fallback, place = documented
        argument = ast.get_source_segment(crash.source, call.args[0]) or ast.unparse(
            call.args[0])
        if isinstance(call.args[0], ast.GeneratorExp) and not argument.startswith("("):
            argument = f"({argument})"  # a generator needs its own brackets beside `default=`
        keys = "".join(", key=" + (ast.get_source_segment(crash.source, keyword.value)
                                   or ast.unparse(keyword.value)) for keyword in call.keywords)
        text = f"{call.func.id}({argument}{keys}, default={fallback.source})"
        seq = ast.get_source_segment(crash.source, sequence) or ast.unparse(sequence)
        yield Candidate(
            strategy=self.name,
            description=f"When `{seq}` is empty, `{call.func.id}()` now gives "
                        f"{fallback.source} for {place} instead of raising ValueError.",
            edits={crash.path: replace_node(crash.source, call, text)},
            originals={crash.path: crash.source},
            plausibility=0.8, contract=fallback.reason,
        )

    def _conditional(self, analysis: Analysis, statement: ast.stmt, call: ast.Call) -> (
        Iterator[Candidate]
    ):
        """``median(minutes)`` -> ``median(minutes) if minutes else None``, and so for every
        statistic of the same data in the statement: the next one would raise as well."""
        crash, data = analysis.crash, call.args[0]
        assert crash is not None
        if not isinstance(data, ast.Name | ast.Attribute) or not is_pure(data):
            return  # a generator or a call: its truth says nothing about its items
        seq = ast.get_source_segment(crash.source, data) or ast.unparse(data)
        parents = {id(child): node for node in ast.walk(statement)
                   for child in ast.iter_child_nodes(node)}
        same = [node for node in ast.walk(statement) if isinstance(node, ast.Call)
                and any(_named(node, name) for name in _STATISTIC_NAMES)
                and len(node.args) == 1 and ast.unparse(node.args[0]) == ast.unparse(data)]
        replacements: list[tuple[ast.AST, str]] = []
        reasons: list[str] = []
        places: list[str] = []
        for node in same:
            if not isinstance(parents.get(id(node)), ast.keyword | ast.Assign | ast.AnnAssign
                              | ast.Return):
                return  # `round(mean(xs), 1)`: the fallback would meet more code on its way
            documented = self._documented(analysis, node, data)
            if documented is None:
                return
            whole = ast.get_source_segment(crash.source, node) or ast.unparse(node)
            replacements.append((node, f"{whole} if {seq} else {documented[0].source}"))
            reasons.append(documented[0].reason)
            places.append(f"{documented[1]} is {documented[0].source}")
        yield Candidate(
            strategy=self.name,
            description=f"When `{seq}` is empty, {' and '.join(places)} instead of a "
                        "statistic raising StatisticsError.",
            edits={crash.path: replace_nodes(crash.source, replacements)},
            originals={crash.path: crash.source},
            plausibility=0.8, contract="; ".join(dict.fromkeys(reasons)),
        )

    def _early_return(self, analysis: Analysis, sequence: ast.expr) -> Iterator[Candidate]:
        """``if not readings: return Summary(count=len(readings), peak=None, mean=None)``
        in front of the first value computed from the sequence."""
        crash, function, statement = analysis.crash, analysis.function, analysis.statement
        assert crash is not None and statement is not None
        if function is None or statement not in function.body:
            return  # inside a loop or a branch the return would cut more than the case
        own = list(_own_nodes(function))
        returns = [n for n in own if isinstance(n, ast.Return)]
        final = function.body[-1]
        if returns != [final] or not isinstance(final, ast.Return) or final.value is None \
                or any(isinstance(n, ast.Yield | ast.YieldFrom) for n in own):
            return
        between = function.body[function.body.index(statement):-1]
        computed: dict[str, ast.expr] = {}
        for step in between:
            # Only locals computed from the sequence: the guard skips these statements, so
            # anything else (a log line, a write, an independent value) would be lost.
            if not (isinstance(step, ast.Assign) and len(step.targets) == 1
                    and isinstance(step.targets[0], ast.Name)):
                return
            uses = {n.id for n in ast.walk(step.value) if isinstance(n, ast.Name)}
            if not uses & (_words(sequence) | set(computed)):
                return
            computed[step.targets[0].id] = step.value
        if not computed or _bound_to_generator(function, sequence):
            # Nothing replaced would return the crashing expression itself; and a name
            # bound to a generator is always true, so `if not free:` would never be taken.
            return
        replaced: dict[str, str] = {}
        reasons: list[str] = []
        for name, value in computed.items():
            documented = self._documented(analysis, value, sequence)
            if documented is None:
                return  # one value without a documented answer: the early return guesses
            replaced[name] = documented[0].source
            reasons.append(documented[0].reason)
        answer = _substituted(final.value, replaced)
        if answer is None:
            return
        seq = ast.get_source_segment(crash.source, sequence) or ast.unparse(sequence)
        new = insert_before_statement(crash.source, statement,
                                      [f"if not {seq}:", f"\treturn {answer}"])
        yield Candidate(
            strategy=self.name,
            description=f"When `{seq}` is empty, `{function.name}` now returns "
                        f"`{answer}` at once instead of raising ValueError.",
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.8, contract="; ".join(dict.fromkeys(reasons)),
        )


def _bound_to_generator(function: ast.AST, sequence: ast.expr) -> bool:
    """``free`` in a function that says ``free = (t for t in TABLES if ...)``."""
    return isinstance(sequence, ast.Name) and any(
        isinstance(node, ast.Assign) and isinstance(node.value, ast.GeneratorExp)
        and any(isinstance(target, ast.Name) and target.id == sequence.id
                for target in node.targets)
        for node in _own_nodes(function))


def _substituted(value: ast.expr, replaced: dict[str, str]) -> str | None:
    """``value``'s text with each name of ``replaced`` read as its fallback; None when a
    name is used other than handed on whole (``peak + 1`` would compute with the None)."""
    parents = {id(child): node for node in ast.walk(value)
               for child in ast.iter_child_nodes(node)}
    copy = ast.parse(ast.unparse(value), mode="eval").body
    names = [n for n in ast.walk(value) if isinstance(n, ast.Name) and n.id in replaced]
    if any(not isinstance(parents.get(id(n)), ast.keyword | ast.Return) and n is not value
           for n in names) or len(names) != len(replaced):
        return None

    class _Fallbacks(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            if node.id in replaced:
                return ast.parse(replaced[node.id], mode="eval").body
            return node

    return ast.unparse(_Fallbacks().visit(copy))

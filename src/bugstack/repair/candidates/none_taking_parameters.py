"""The first or last item of an empty sequence, read only to be handed to a function
that takes None for it.

``last = habit.done[-1]`` raises IndexError for a habit with no check-in yet, and
``last`` goes nowhere but to ``last_done_label(last, today)``, whose parameter is
``day: date | None`` and whose body answers ``if day is None: return NEVER``. The app
has already written what "no item" shows; the read becomes ``habit.done[-1] if habit.done
else None`` and the rest of the function runs as before. Skipping the habit, or a text
of the guard's own ("", "None"), would be an answer the code never chose.

Backing, all of it required:

* the crashed statement is ``name = sequence[0]`` or ``sequence[-1]``, the sequence a
  plain name or attribute (it is read twice);
* the sequence is not a property or method of the app (read twice, it may differ);
* ``name`` is not bound again, and every later read of it is an argument of a plain
  call of one function of the repository (``found.append(x)`` is a list's), whose
  parameter in that place is annotated to allow None, whose body tests it against None,
  and whose None branch gives an absence: a value or constant of absence words (NEVER,
  NOT_MEASURED, "n/a"), or a docstring sentence on None saying so. A None that means
  "watered right now" or "an electric van" is another case;
* the crashing function's docstring does not refuse (raise, reject) the case.

The sixteenth adversarial review beat the first version 5 times in 5 traps.

The same reading backs a guess of another template (:func:`none_answers_taken`): a guard
answering None from ``litres_per_100km(...) -> float | None`` for a van with one fill-up,
whose only caller hands what it gives to ``format_line(..., economy: float | None)``,
which shows None as NOT_MEASURED. The app chose that answer for the case; the guard
only has to give it the None.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import comments_above, refusal_in, sentences
from bugstack.repair.reproduce.model import is_test_file

__all__ = ["ItemForNoneTakingParameter", "none_answers_taken", "none_taker"]


def _end_item(statement: ast.stmt) -> tuple[str, ast.Subscript] | None:
    """(name, read) for ``name = sequence[0]`` or ``sequence[-1]``."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, ast.Subscript)):
        return None
    read = statement.value
    index = read.slice
    end = (isinstance(index, ast.Constant) and index.value == 0) or (
        isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub)
        and isinstance(index.operand, ast.Constant) and index.operand.value == 1)
    plain = all(isinstance(n, ast.Name | ast.Attribute | ast.Load) for n in ast.walk(read.value))
    return (statement.targets[0].id, read) if end and plain else None


def _allows_none(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    text = ast.unparse(annotation)
    return text.startswith("Optional[") or "None" in {p.strip() for p in text.split("|")}


def _tests_for_none(function: FunctionNode, parameter: str
                    ) -> tuple[ast.expr, ast.expr | None] | None:
    """(test, the value the None branch gives) of the test of ``function`` that compares
    ``parameter`` with None; the value is None when the branch gives none plainly."""
    for node in ast.walk(function):
        if not (isinstance(node, ast.If | ast.IfExp) and isinstance(node.test, ast.Compare)
                and isinstance(node.test.left, ast.Name) and node.test.left.id == parameter
                and isinstance(node.test.ops[0], ast.Is | ast.IsNot)
                and isinstance(node.test.comparators[0], ast.Constant)
                and node.test.comparators[0].value is None):
            continue
        is_none = isinstance(node.test.ops[0], ast.Is)
        if isinstance(node, ast.IfExp):
            return node.test, node.body if is_none else node.orelse
        branch = node.body if is_none else node.orelse
        first = branch[0] if branch else None
        value = first.value if isinstance(first, ast.Return | ast.Assign) else None
        return node.test, value
    return None


# What a None-taking function shows for None must be an absence ("never", NOT_MEASURED,
# "n/a"): a None that means "watered right now" or "an electric van" is another case.
_ABSENCE = re.compile(r"\b(?:no|not|never|without|yet|missing|empty|unknown|nothing|"
                      r"n/a|unset|blank)\b", re.I)


_NOT_GIVEN = re.compile(r"\boptional\b|\b(?:does|do|did)\s+not\s+give\b|\bdoesn't\s+give\b"
                        r"|\bnot\s+given\b|\bunknown\b|\bmissing\b|\bblank\b|\bleft\s+out\b",
                        re.I)


def _names(sentence: str, name: str) -> bool:
    return re.search(rf"(?<![\w-])`*{re.escape(name)}`*(?![\w-])", sentence) is not None


def _means_absence(analysis: Analysis, rel: str, function: FunctionNode,
                   value: ast.expr | None, parameter: str, worded: bool) -> bool:
    """Whether the None branch's value, or what the function's docstring says of None,
    speaks of an absence. ``worded``: a docstring that never writes None may say it in
    words, in a sentence naming the parameter or the one after it ("The age is optional
    at the till: a guest who does not give one pays the adult price")."""
    said = sentences(ast.get_docstring(function) or "")
    others = [a.arg for a in [*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs] if a.arg != parameter]
    # A None sentence about another parameter ("``cover`` is None without insurance")
    # says nothing of this one (review 24).
    texts = [s for s in said if "None" in s and (_names(s, parameter) or not any(
        _names(s, other) for other in others))]
    if worded and not texts:
        named = [i for i, s in enumerate(said) if _names(s, parameter)]
        worded_texts = [said[j] for i in named for j in (i, i + 1) if j < len(said)]
        # Said in words, an absence is the value not given ("optional", "does not give
        # one"), not any negation ("a carer, who is not charged": review 24).
        return any(_NOT_GIVEN.search(text) for text in worded_texts)
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        texts.append(value.value)
    elif isinstance(value, ast.Name):
        texts.append(value.id.replace("_", " "))
        source = analysis.read(rel) or ""
        try:
            tree = ast.parse(source)
        except SyntaxError:
            tree = None
        bound = [n for n in (tree.body if tree else []) if isinstance(n, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == value.id for t in n.targets)]
        if bound:
            texts.append(comments_above(source.splitlines(), bound[0].lineno))
    return any(_ABSENCE.search(text) for text in texts)


def _parameter_at(function: FunctionNode, call: ast.Call, argument: ast.expr) -> ast.arg | None:
    positional = [*function.args.posonlyargs, *function.args.args]
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    for position, given in enumerate(call.args):
        if given is argument:
            return positional[position] if position < len(positional) else None
    for keyword in call.keywords:
        if keyword.value is argument:
            return next((a for a in [*positional, *function.args.kwonlyargs]
                         if a.arg == keyword.arg), None)
    return None


def none_taker(analysis: Analysis, call: ast.Call, argument: ast.expr,
               worded: bool = False) -> str | None:
    """How the function ``call`` calls takes ``argument`` when it is None, if it does:
    its parameter there allows None, its body tests it, and what it gives then speaks of
    an absence (``worded``: also in words, see ``_means_absence``). Only a plain function
    call counts: ``found.append(x)`` is a list's."""
    if not isinstance(call.func, ast.Name):
        return None
    callee = call.func.id
    definitions = analysis.definitions(callee)
    if len(definitions) != 1:
        return None
    rel, function = definitions[0]
    parameter = _parameter_at(function, call, argument)
    if parameter is None or parameter.annotation is None \
            or not _allows_none(parameter.annotation):
        return None
    tested = _tests_for_none(function, parameter.arg)
    if tested is None or not _means_absence(analysis, rel, function, tested[1],
                                            parameter.arg, worded):
        return None
    return (f"`{callee}({parameter.arg}: {ast.unparse(parameter.annotation)})` "
            f"takes None and answers it (`{ast.unparse(tested[0])}`)")


def _none_answering_function(candidate: Candidate) -> FunctionNode | None:
    """The function a candidate makes return None, when that is all it adds and the
    function is declared to give None."""
    if len(candidate.edits) != 1:
        return None
    ((path, edited),) = candidate.edits.items()
    before = candidate.originals.get(path, "").splitlines()
    after = edited.splitlines()
    added = [(index + 1, after[index].strip()) for tag, _, _, j1, j2 in difflib.SequenceMatcher(
        a=before, b=after, autojunk=False).get_opcodes() if tag in ("insert", "replace")
        for index in range(j1, j2)]
    returns = [line for line, text in added if text == "return None"]
    if not returns or any(text.startswith("return") and text != "return None"
                          for _, text in added):
        return None
    try:
        tree = ast.parse(edited)
    except SyntaxError:
        return None
    # The innermost function around the added line: the one it was added to.
    around = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
              and n.lineno <= returns[0] <= (n.end_lineno or 0)]
    if not around:
        return None
    function = max(around, key=lambda n: n.lineno)
    return function if function.returns is not None and _allows_none(function.returns) \
        else None


def _callers_take_none(analysis: Analysis, name: str) -> str | None:
    """How every call of ``name`` in the app (tests aside) hands what it gives straight
    to a function that takes None; None when one does not, or there is no call."""
    backing: str | None = None
    for rel, _, tree in analysis.parsed_files(f"{name}("):
        if is_test_file(rel):
            continue
        calls = {id(arg): call for call in ast.walk(tree) if isinstance(call, ast.Call)
                 for arg in [*call.args, *(k.value for k in call.keywords)]}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and (
                    (isinstance(node.func, ast.Name) and node.func.id == name)
                    or (isinstance(node.func, ast.Attribute) and node.func.attr == name))):
                continue
            outer = calls.get(id(node))
            taken = none_taker(analysis, outer, node) if outer is not None else None
            if taken is None:
                return None
            backing = backing or taken
    return backing


def none_answers_taken(candidates: list[Candidate], analysis: Analysis) -> list[Candidate]:
    """A guess answering None from a function declared to give None gets the backing of
    its callers, when every one hands that None to a function that answers it."""
    function = analysis.function
    if function is not None and refusal_in(ast.get_docstring(function) or ""):
        return candidates
    kept: list[Candidate] = []
    for candidate in candidates:
        answering = _none_answering_function(candidate) if candidate.contract is None \
            else None
        taken = _callers_take_none(analysis, answering.name) if answering else None
        if taken is not None:
            candidate = dataclasses.replace(
                candidate, contract=f"its callers hand the None on: {taken}",
                plausibility=max(candidate.plausibility, 0.7))
        kept.append(candidate)
    return kept


class ItemForNoneTakingParameter:
    name = "item-for-none-taking-parameter"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "IndexError" or crash is None or statement is None \
                or function is None or statement is function:
            return
        found = _end_item(statement)
        if found is None or refusal_in(ast.get_docstring(function) or ""):
            return
        name, read = found
        if isinstance(read.value, ast.Attribute) and analysis.definitions(read.value.attr):
            return  # a property or method: reading it twice may not give the same thing
        uses = [node for node in ast.walk(function) if isinstance(node, ast.Name)
                and node.id == name and node.lineno > statement.lineno]
        if not uses or any(not isinstance(node.ctx, ast.Load) for node in uses):
            return
        calls = {id(arg): call for call in ast.walk(function) if isinstance(call, ast.Call)
                 for arg in [*call.args, *(k.value for k in call.keywords)]}
        takers: set[str] = set()
        backing = ""
        for use in uses:
            call = calls.get(id(use))
            taken = none_taker(analysis, call, use) if call is not None else None
            if call is None or taken is None:
                return  # read some other way: it would meet the None unprepared
            takers.add(ast.unparse(call.func).rsplit(".", 1)[-1])
            backing = taken
        sequence = ast.get_source_segment(crash.source, read.value) or ast.unparse(read.value)
        text = ast.get_source_segment(crash.source, read) or ast.unparse(read)
        yield Candidate(
            strategy=self.name,
            description=f"When `{sequence}` is empty, `{name}` is now None, which "
                        f"{' and '.join(f'`{t}`' for t in sorted(takers))} already answers, "
                        "instead of the code raising IndexError.",
            edits={crash.path: replace_node(crash.source, read,
                                            f"{text} if {sequence} else None")},
            originals={crash.path: crash.source}, plausibility=0.85, contract=backing,
        )

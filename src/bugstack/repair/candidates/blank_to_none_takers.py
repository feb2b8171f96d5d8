"""A blank text converted to a number, where what is converted only goes to a function
that takes None for it and answers the case.

::

    @app.post("/screenings/<screening_id>/quote")
    def quote(screening_id: str):
        \"\"\"... one ``age`` field per guest (the age box may be left empty).\"\"\"
        ages = [int(value) for value in request.form.getlist("age")]
        prices = [price_for_age(age) for age in ages]

raises "invalid literal for int() with base 10: ''" for a guest who left the box empty.
``price_for_age(age: int | None)`` tests ``if age is None: return ADULT_PRICE`` and its
docstring says "The age is optional at the till: a guest who does not give one pays the
adult price". The app has written what no age means, so a blank becomes None and goes
there::

    ages = [(int(value) if value.strip() else None) for value in request.form.getlist("age")]

``int(value or 0)`` (the obvious guard) makes the guest a babe in arms who goes free, and
leaving blank boxes out loses a seat from the basket.

Backing, all required:

* a ValueError of ``int()``, ``float()`` or ``Decimal()`` on a blank text (the message
  quotes it), raised by ``name = [conv(item) for item in ...]`` (one generator, no
  filter) or ``name = conv(...)``, with exactly one such conversion in the statement;
* every later read of ``name`` in the function is handed on as it is: as an argument of
  a call, or (for the list) as the iterable of a comprehension or loop whose item is only
  read as an argument of a call; and each such call is of one function of the
  repository whose parameter there admits None, whose body tests it against None, and
  whose None branch speaks of an absence, in its value or in its docstring's words
  (:func:`~bugstack.repair.candidates.none_taking_parameters.none_taker`);
* the crashed function's documentation says the value may be blank (may be left empty,
  blank, optional), in a sentence that names the field (its key, or the list's name)
  before those words and says nothing after them ("may be left empty for a babe in
  arms, who pays nothing" gives the blank a case of its own), not negated, and refuses
  nothing. Review 24 beat the first version with 4 wrong fixes in 4 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.none_taking_parameters import none_taker
from bugstack.repair.contract_items import documentation_near, refusal_in, sentences

__all__ = ["BlankTextForNoneTakingParameter"]

_BLANK_LITERAL = re.compile(r"^(?:invalid literal for int\(\) with base \d+"
                            r"|could not convert string to float): (?P<value>'\s*'|\"\s*\")$")
_CONVERTERS = {"int", "float", "Decimal"}
_MAY_BE_BLANK = re.compile(
    r"\b(?:may|can|might)\s+be\s+(?:left\s+)?(?:empty|blank|unset|omitted|left\s+out)\b"
    r"|\bleft\s+(?:empty|blank)\b|\boptional\b", re.I)


def _negated(sentence: str, start: int) -> bool:
    """"may not be left empty", "never optional": a negation earlier in the clause."""
    clause = re.split(r"[,;:()]", sentence[:start])[-1]
    return re.search(r"\b(?:not|never|no longer|cannot)\b|n't\b", clause, re.I) is not None


def _field_names(statement: ast.stmt) -> set[str]:
    """The words that name the converted field: the key it is read by (``getlist("age")``,
    ``form["age"]``), the names of the list and of what it is made from (``ages``)."""
    found = {n.value for n in ast.walk(statement) if isinstance(n, ast.Constant)
             and isinstance(n.value, str) and n.value.isidentifier()}
    found |= {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)}
    found |= {n.attr for n in ast.walk(statement) if isinstance(n, ast.Attribute)}
    found -= {"int", "float", "Decimal", "strip", "getlist", "get", "form", "request",
              "args", "POST", "GET", "data", "value", "values", "text", "item", "items"}
    return {w.lower().removesuffix("s") for name in found for w in name.split("_")
            if len(w) > 2}


def _names_field(text: str, names: set[str]) -> bool:
    said = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", text)}
    return bool(said & names)


def _says_no_more(rest: str) -> bool:
    """Nothing follows the words that allow a blank: "(the age box may be left empty)",
    not "... left empty for a babe in arms, who pays nothing", whose blank is a case of
    its own."""
    return re.search(r"[A-Za-z0-9]", rest) is None


def _conversion(node: ast.expr) -> ast.Call | None:
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords and (
            (isinstance(node.func, ast.Name) and node.func.id in _CONVERTERS)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "Decimal")):
        return node
    return None


def _converted(statement: ast.stmt) -> tuple[str, ast.Call, bool] | None:
    """(name, the conversion, whether it makes a list) of ``name = conv(...)`` or
    ``name = [conv(item) for item in ...]``."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)):
        return None
    value, name = statement.value, statement.targets[0].id
    if sum(1 for n in ast.walk(value) if isinstance(n, ast.expr) and _conversion(n)) != 1:
        return None
    direct = _conversion(value)
    if direct is not None:
        return name, direct, False
    if isinstance(value, ast.ListComp) and len(value.generators) == 1 \
            and not value.generators[0].ifs and not value.generators[0].is_async:
        made = _conversion(value.elt)
        target = value.generators[0].target
        if made is not None and isinstance(target, ast.Name) \
                and isinstance(made.args[0], ast.Name) and made.args[0].id == target.id:
            return name, made, True
    return None


def _handed_on(analysis: Analysis, scope: ast.AST, name: str, after: int,
               calls: dict[int, ast.Call]) -> str | None:
    """The backing when every read of ``name`` in ``scope`` after line ``after`` is an
    argument of a call to a function that takes None for it; None otherwise."""
    reads = [n for n in ast.walk(scope) if isinstance(n, ast.Name) and n.id == name
             and n.lineno > after]
    if not reads or any(not isinstance(n.ctx, ast.Load) for n in reads):
        return None
    backing = None
    for read in reads:
        call = calls.get(id(read))
        backing = none_taker(analysis, call, read, worded=True) if call is not None else None
        if backing is None:
            return None
    return backing


def _items_handed_on(analysis: Analysis, function: FunctionNode, name: str, after: int,
                     calls: dict[int, ast.Call]) -> str | None:
    """For a list: every later read is the iterable of a comprehension or loop whose item
    is only handed to a function that takes None for it."""
    loops = {id(n.iter): n for n in ast.walk(function)
             if isinstance(n, ast.comprehension | ast.For)}
    owners = {id(g): n for n in ast.walk(function)
              if isinstance(n, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp)
              for g in n.generators}
    reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
             and n.lineno > after]
    if not reads:
        return None
    backing = None
    for read in reads:
        loop = loops.get(id(read))
        if loop is None or not isinstance(read.ctx, ast.Load) \
                or not isinstance(loop.target, ast.Name):
            return None
        scope: ast.AST = owners.get(id(loop), loop) if isinstance(loop, ast.comprehension) \
            else loop
        if isinstance(scope, ast.comprehension):
            return None
        body = [scope.elt] if isinstance(scope, ast.ListComp | ast.SetComp | ast.GeneratorExp) \
            else [scope.key, scope.value] if isinstance(scope, ast.DictComp) \
            else scope.body if isinstance(scope, ast.For) else []
        holder = ast.Module(body=[ast.Expr(b) if isinstance(b, ast.expr) else b for b in body],
                            type_ignores=[])
        backing = _handed_on(analysis, holder, loop.target.id, 0, calls)
        if backing is None:
            return None
    return backing


class BlankTextForNoneTakingParameter:
    name = "blank-text-for-none-taking-parameter"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or not _BLANK_LITERAL.match(analysis.message) \
                or crash is None or statement is None or tree is None \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            return
        converted = _converted(statement)
        if converted is None:
            return
        name, conversion, is_list = converted
        texts = [text for where, text in documentation_near(crash.source, tree, crash.lineno)
                 if where != "the module docstring"]
        if any(refusal_in(text) for text in texts):
            return
        names = _field_names(statement)
        said = next((s for text in texts for s in sentences(text)
                     for m in _MAY_BE_BLANK.finditer(s) if not _negated(s, m.start())
                     and _names_field(s[:m.start()], names) and _says_no_more(s[m.end():])),
                    None)
        if said is None:
            return
        calls = {id(arg): call for call in ast.walk(function) if isinstance(call, ast.Call)
                 for arg in [*call.args, *(k.value for k in call.keywords)]}
        end = statement.end_lineno or statement.lineno
        backing = _items_handed_on(analysis, function, name, end, calls) if is_list \
            else _handed_on(analysis, function, name, end, calls)
        if backing is None:
            return
        text = ast.unparse(conversion.args[0])
        segment = ast.get_source_segment(crash.source, conversion) or ast.unparse(conversion)
        yield Candidate(
            strategy=self.name,
            description=f"A blank `{text}` is now None instead of raising ValueError in "
                        f"`{segment}`; what it goes to already answers None.",
            edits={crash.path: replace_node(crash.source, conversion,
                                            f"({segment} if {text}.strip() else None)")},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f'the documentation says: "{said[:200]}"; {backing}',
        )

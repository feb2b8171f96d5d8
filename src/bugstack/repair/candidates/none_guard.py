"""None guards: where a value that can be None is used as if it never were.

Two places to fix, both proposed: the crash line (guard the value and answer as the
contract says), and the value's source, when it comes from a function of the repository
whose own annotation promises something else (``-> list[str]`` returning None is fixed in
that function, where it returns, not in every caller).

The strategy's pieces with a question of their own live beside it: whether the None is
a record looked up (``record_lookups``), the fix at the source (``none_at_source``) and
None counting as zero in a sum (``none_as_zero``).
"""

from __future__ import annotations

import ast
import builtins
import itertools
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.documented_cases import documented_for_another_case
from bugstack.repair.candidates.edits import insert_before_statement, replace_nodes
from bugstack.repair.candidates.fallbacks import fallbacks, typed_only
from bugstack.repair.candidates.field_declarations import declared_optional
from bugstack.repair.candidates.none_as_zero import neutral_operand
from bugstack.repair.candidates.none_at_source import fix_at_source
from bugstack.repair.candidates.record_lookups import is_lookup

__all__ = ["NoneGuard"]

_NONE_ERROR = re.compile(
    r"'NoneType' object (has no attribute|is not (subscriptable|iterable|callable))"
    r"|unsupported operand type\(s\) for .*'NoneType'"
    r"|argument of type 'NoneType'"
    r"|'NoneType' object cannot be interpreted"
    r"|(must be|expected) .*not NoneType"
)


class NoneGuard:
    name = "none-guard"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.exc_type not in ("AttributeError", "TypeError"):
            return
        if not _NONE_ERROR.search(analysis.message) or analysis.crash is None:
            return
        culprits = [analysis.culprit] if analysis.culprit else _possible_culprits(analysis)
        for culprit in culprits:
            yield from self._guards(analysis, culprit)
            yield from fix_at_source(site, analysis, culprit)
            yield from _propagate(analysis, culprit)
            yield from neutral_operand(analysis, culprit)
            yield from _sibling_guard(analysis, culprit)

    def _guards(self, analysis: Analysis, culprit: str) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if crash is None or statement is None or analysis.function is None:
            return
        if statement is analysis.function:
            return
        if _conditionally_evaluated(statement, culprit):
            # `not self.in_repair and self.latest_loan() ...`: a guard in front would run
            # (and answer for) what the statement runs only sometimes, or names a
            # comprehension's own loop variable from outside it (review 21).
            return
        described = _documented_elsewhere(analysis, culprit)
        pulled = _pulled_call(analysis, culprit)
        for fallback in fallbacks(analysis, lookup=is_lookup(analysis, culprit)):
            if pulled is not None:
                # `self.latest_loan()` is called once, as the code did: into a local the
                # guard and the statement share, not a second query in the guard.
                local, reads = pulled
                new = insert_before_statement(
                    replace_nodes(crash.source, [(read, local) for read in reads]), statement,
                    [f"{local} = {culprit}", f"if {local} is None:", f"\t{fallback.statement}"])
            else:
                new = insert_before_statement(
                    crash.source, statement,
                    [f"if {culprit} is None:", f"\t{fallback.statement}"])
            contract, plausibility = fallback.contract, fallback.plausibility
            if typed_only(contract) and (_one_part_of_the_answer(statement) or (
                    not isinstance(statement, ast.Return)
                    and _answers_a_dict_of_fields(analysis.function))):
                # `return {"title": ..., "speaker": slot.speaker.name}`: the type describes
                # the whole answer; an early `{}` drops every other field (blind batch 35).
                contract, plausibility = None, min(plausibility, 0.3)
            if described and contract is not None and contract.startswith("its return type") \
                    and "allows None" in contract:
                # The docs speak of this very value and say something the annotation
                # does not: its None return is some other case's, not this one's. (An
                # empty collection is the type's own answer for "no tags": it stays.)
                contract, plausibility = None, min(plausibility, 0.35)
            if fallback.statement == "return None" and (_documents_another_value(
                    analysis, culprit, contract) or documented_for_another_case(
                    analysis, culprit, contract, "None")):
                # "None when ``merged_at`` is null" gives the answer None its meaning: an
                # open pull request. A None `merged_by` is not that case (adversarial review),
                # nor is a parameter's None or one a branch already returns (documented_cases).
                contract, plausibility = None, min(plausibility, 0.35)
            yield Candidate(
                strategy=self.name,
                description=(f"When `{culprit}` is None, `{analysis.function.name}` now "
                             f"{fallback.description} instead of crashing."),
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=plausibility, contract=contract,
            )


#: Statements whose every expression runs once, after a guard put in front of them.
_SIMPLE = (ast.Return, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Expr)
#: Method names that make no name for the value they give.
_NAMELESS = frozenset({"get", "first", "last", "one", "fetch", "find", "load", "read",
                       "lookup", "current", "latest", "call", "run", "value", "result"})


def _pulled_call(analysis: Analysis, culprit: str) -> tuple[str, list[ast.expr]] | None:
    """A local named for the call ``culprit`` (``loan`` for ``self.latest_loan()``) and
    its reads in the crashed statement; None when the culprit is no call, the statement
    is compound, or no free name fits."""
    statement, function = analysis.statement, analysis.function
    if not isinstance(statement, _SIMPLE) or function is None:
        return None
    try:
        call = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(call, ast.Call):
        return None
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""
    local = name.rsplit("_", 1)[-1].lower() if "_" in name else name.lower()
    taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
        a.arg for a in ast.walk(function) if isinstance(a, ast.arg)}
    if not local.isidentifier() or local in _NAMELESS or local in taken \
            or local in dir(builtins) or local in ("self", "cls"):
        return None
    reads: list[ast.expr] = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                             and ast.unparse(n) == culprit]
    # Two calls are two answers (`next_player()` twice pairs two players): one local for
    # both would change what the code does.
    return (local, reads) if len(reads) == 1 else None


def _conditionally_evaluated(statement: ast.stmt, culprit: str) -> bool:
    """Whether the statement evaluates ``culprit`` only in some cases: behind ``and``,
    ``or`` or a conditional expression, or inside a comprehension or lambda."""
    def walk(node: ast.AST, guarded: bool) -> bool:
        if isinstance(node, ast.expr) and ast.unparse(node) == culprit:
            return guarded
        if isinstance(node, ast.BoolOp):
            return walk(node.values[0], guarded) or any(walk(v, True) for v in node.values[1:])
        if isinstance(node, ast.IfExp):
            return walk(node.test, guarded) or walk(node.body, True) or walk(node.orelse, True)
        if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            # The first iterable is evaluated in the enclosing scope, once; the rest per item.
            first = node.generators[0].iter
            return walk(first, guarded) or any(
                walk(child, True) for child in ast.walk(node)
                if child is not node and child is not first and not _within(child, first)
                and isinstance(child, ast.expr) and ast.unparse(child) == culprit)
        if isinstance(node, ast.Lambda):
            return any(walk(child, True) for child in ast.iter_child_nodes(node))
        return any(walk(child, guarded) for child in ast.iter_child_nodes(node))

    return walk(statement, False)


def _within(node: ast.AST, outer: ast.AST) -> bool:
    return any(child is node for child in ast.walk(outer))


def _one_part_of_the_answer(statement: ast.stmt) -> bool:
    """The crashed statement returns a dict literal of several fields: the None is one
    field's. (A list or tuple of one item built from the None is the whole answer, whose
    type's empty value says "nothing"; `tests/repair/test_backing_boundaries.py`.)"""
    return isinstance(statement, ast.Return) and isinstance(statement.value, ast.Dict) \
        and len(statement.value.keys) > 1


def _answers_a_dict_of_fields(function: ast.AST) -> bool:
    """The function ends by returning a dict literal of several fields: an early ``{}``
    in front of a statement that computes one of them drops the rest (review 22: a book
    still on loan answered ``{}`` instead of its title and days out)."""
    body = getattr(function, "body", [])
    last = body[-1] if body else None
    return isinstance(last, ast.Return) and isinstance(last.value, ast.Dict) \
        and len(last.value.keys) > 1


def _documented_elsewhere(analysis: Analysis, culprit: str) -> bool:
    """Whether the function's or the module's docstring names the culprit's field
    (``merged_by`` of ``pull['merged_by']``): then it documents that case itself."""
    if not culprit.endswith(("]", ")")) and "." not in culprit:
        return False  # a plain variable: its name is too common a word to tell
    name = re.search(r"(\w+)\W*$", culprit)
    if name is None or analysis.function is None or analysis.tree is None:
        return False
    docs = " ".join(filter(None, (ast.get_docstring(analysis.function),
                                  ast.get_docstring(analysis.tree))))
    return re.search(rf"\b{re.escape(name.group(1))}\b", docs) is not None


def _documents_another_value(analysis: Analysis, culprit: str, contract: str | None) -> bool:
    """The documented None's sentence names another value of the function (``merged_at``,
    a key it reads) and not the culprit's own name (``merged_by``), nor what the culprit
    was looked up by: it documents that value's case, not this one."""
    said = re.fullmatch(r'the documentation says: "(.*)"', contract or "", re.S)
    if said is None or analysis.function is None or analysis.crash is None:
        return False
    sentence = said.group(1)
    own = re.search(r"(\w+)\W*$", culprit)
    if own is None or re.search(rf"\b{re.escape(own.group(1))}\b", sentence):
        return False
    try:
        written = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return False
    ours = _code_names(written)
    root = next((n.id for n in ast.walk(written) if isinstance(n, ast.Name)), None)
    origin = origin_of(analysis.function, root, analysis.crash.lineno) if root else None
    if origin is not None:
        ours |= _code_names(origin)
    body = analysis.function.body[1:] if ast.get_docstring(analysis.function) \
        else analysis.function.body
    others = {name for statement in body for name in _code_names(statement)} - ours
    return any(re.search(rf"\b{re.escape(name)}\b", sentence)
               for name in others if len(name) > 2)


def _code_names(node: ast.AST) -> set[str]:
    """The values ``node`` reads by name: variables, attributes and constant keys, less
    the methods it calls (``get``) and builtins, which any sentence may say."""
    called = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
    names: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and id(child) not in called:
            names.add(child.id)
        elif isinstance(child, ast.Attribute) and id(child) not in called:
            names.add(child.attr)
        elif isinstance(child, ast.Subscript) and isinstance(child.slice, ast.Constant) \
                and isinstance(child.slice.value, str):
            names.add(child.slice.value)
    return {n for n in names if n.isidentifier() and n not in dir(builtins)}


def _propagate(analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    """``x.attr`` -> ``(x.attr if x is not None else None)``: None flows on, when allowed."""
    crash, statement = analysis.crash, analysis.statement
    if crash is None or statement is None:
        return
    attr = re.search(r"has no attribute '(\w+)'", analysis.message)
    if attr is None:
        return
    called = {id(n.func) for n in ast.walk(statement) if isinstance(n, ast.Call)}
    # ``(x.strip if x is not None else None)()`` would only move the crash to the call.
    uses = [n for n in ast.walk(statement) if isinstance(n, ast.Attribute)
            and n.attr == attr.group(1) and ast.unparse(n.value) == culprit
            and id(n) not in called]
    if not uses:
        return
    # Only a field can be declared optional; a name's None comes from somewhere else.
    declared = declared_optional(analysis, culprit)
    source = crash.source
    replacements: list[tuple[ast.AST, str]] = [
        (n, f"({ast.get_source_segment(source, n) or ast.unparse(n)} if {culprit} is not None "
            "else None)") for n in uses
    ]
    yield Candidate(
        strategy="none-propagation",
        description=f"`{culprit}` may be None; `{culprit}.{attr.group(1)}` now gives None "
                    "in that case instead of crashing.",
        edits={crash.path: replace_nodes(source, replacements)}, originals={crash.path: source},
        plausibility=0.8 if declared else 0.3, contract=declared,
    )


def _sibling_guard(analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    """A sibling function that stores the same call's result and checks it for None first
    (``payload = request.get_json(silent=True)`` / ``if payload is None: return ...``)
    shows how this one should answer."""
    crash, statement, function, tree = (analysis.crash, analysis.statement,
                                        analysis.function, analysis.tree)
    if crash is None or statement is None or function is None or tree is None:
        return
    origin = origin_of(function, culprit, crash.lineno)
    if origin is None or statement is function:
        return
    wanted = ast.dump(origin)
    for sibling in ast.walk(tree):
        if not isinstance(sibling, ast.FunctionDef | ast.AsyncFunctionDef) or sibling is function:
            continue
        body = sibling.body
        for first, second in itertools.pairwise(body):
            if not (isinstance(first, ast.Assign) and len(first.targets) == 1
                    and isinstance(first.targets[0], ast.Name)
                    and ast.dump(first.value) == wanted and isinstance(second, ast.If)
                    and not second.orelse and len(second.body) == 1):
                continue
            name = first.targets[0].id
            if ast.unparse(second.test) != f"{name} is None":
                continue
            answer = ast.get_source_segment(crash.source, second.body[0])
            uses_value = any(isinstance(n, ast.Name) and n.id == name
                             for n in ast.walk(second.body[0]))
            if answer is None or uses_value:
                continue  # an answer that uses the (None) value would not fit elsewhere
            new = insert_before_statement(crash.source, statement,
                                          [f"if {culprit} is None:", f"\t{answer}"])
            yield Candidate(
                strategy="none-guard",
                description=f"When `{culprit}` is None, `{function.name}` now answers "
                            f"`{answer}`, as `{sibling.name}` does for the same value.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.85,
                contract=f"`{sibling.name}` checks the same `{ast.unparse(origin)}` for None "
                         f"and answers `{answer}`",
            )
            return


def _possible_culprits(analysis: Analysis) -> list[str]:
    statement = analysis.statement
    if statement is None:
        return []
    attr = re.search(r"has no attribute '(\w+)'", analysis.message)
    found: list[str] = []
    for node in ast.walk(statement):
        target: ast.expr | None = None
        if isinstance(node, ast.Attribute | ast.Subscript):
            if isinstance(node, ast.Attribute):
                wanted = attr is not None and node.attr == attr.group(1)
            else:
                wanted = attr is None
            target = node.value if wanted else None
        elif not attr and isinstance(node, ast.BinOp):
            for side in (node.left, node.right):
                if isinstance(side, ast.Name | ast.Attribute):
                    found.append(ast.unparse(side))
        elif not attr and isinstance(node, ast.For | ast.comprehension):
            target = node.iter
        if target is not None and isinstance(target,
                                              ast.Name | ast.Attribute | ast.Subscript | ast.Call):
            found.append(ast.unparse(target))
    return list(dict.fromkeys(found))[:3]

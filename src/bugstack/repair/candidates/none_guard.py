"""None guards: where a value that can be None is used as if it never were.

Two places to fix, both proposed: the crash line (guard the value and answer as the
contract says), and the value's source, when it comes from a function of the repository
whose own annotation promises something else (``-> list[str]`` returning None is fixed in
that function, where it returns, not in every caller).
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
from bugstack.repair.candidates.edits import insert_before_statement, replace_node, replace_nodes
from bugstack.repair.candidates.fallbacks import fallbacks
from bugstack.repair.candidates.field_declarations import declared_optional
from bugstack.repair.contract import default_for_annotation

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
            yield from _fix_at_source(site, analysis, culprit)
            yield from _propagate(analysis, culprit)
            yield from _neutral_operand(analysis, culprit)
            yield from _sibling_guard(analysis, culprit)

    def _guards(self, analysis: Analysis, culprit: str) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if crash is None or statement is None or analysis.function is None:
            return
        if statement is analysis.function:
            return
        described = _documented_elsewhere(analysis, culprit)
        for fallback in fallbacks(analysis, lookup=_is_lookup(analysis, culprit)):
            new = insert_before_statement(
                crash.source, statement, [f"if {culprit} is None:", f"\t{fallback.statement}"]
            )
            contract, plausibility = fallback.contract, fallback.plausibility
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


def _is_lookup(analysis: Analysis, culprit: str) -> bool:
    """Whether the None came from looking a record up (a call), not from an optional field."""
    if analysis.function is None or analysis.crash is None:
        return False
    try:
        expression = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return False
    if isinstance(expression, ast.Name):
        origin = origin_of(analysis.function, culprit, analysis.crash.lineno)
        if not isinstance(origin, ast.Call | ast.Subscript):
            return False
        expression = origin
    elif not isinstance(expression, ast.Call):
        return False
    # A record is looked up by what the caller asked for: `find_member(member_id)`.
    # `re.search(..., RELEASE["text"])` on the app's own data names no record, and a
    # sibling's 404 would tell clients that /version does not exist (adversarial review).
    return _given_a_parameter(analysis.function, expression, analysis.crash.lineno)


def _given_a_parameter(function: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.expr,
                       before: int) -> bool:
    """``call`` is given what the caller asked for as an argument: a parameter of
    ``function`` or flask's ``request``, directly or through one local. Reading the
    request itself (``request.headers.get("X-Forwarded-For")``) looks no record up."""
    arguments = function.args
    inputs = {a.arg for a in (*arguments.posonlyargs, *arguments.args,
                              *arguments.kwonlyargs)} - {"self", "cls"} | {"request"}
    given = [value for node in ast.walk(call) if isinstance(node, ast.Call)
             for value in (*node.args, *(k.value for k in node.keywords))]
    names = {name for value in given for name in _inputs_read(value)}
    if names & inputs:
        return True
    for name in names:
        origin = origin_of(function, name, before)
        if origin is not None and _inputs_read(origin) & inputs:
            return True
    return False


# What a request carries from the caller: its query, form, body and path values. Who is
# signed in (``request.user``), its session and its headers name no record the caller asked
# for: a user without a cart yet is no missing page.
_ASKED = frozenset({"args", "form", "values", "json", "get_json", "data", "files", "GET",
                    "POST", "query_params", "path_params", "view_args", "match_info"})


def _inputs_read(value: ast.AST) -> set[str]:
    """The names ``value`` reads; ``request`` only through what the caller sent."""
    names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name) and n.id != "request"}
    if any(isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
           and n.value.id == "request" and n.attr in _ASKED for n in ast.walk(value)):
        names.add("request")
    return names


# A None that lifts a bound (a plan's seats, a coupon's uses, a subscription's end) is "no
# limit": counting it as 0 turns "no cap" into "no seats left" (adversarial review 3).
_BOUND_NAME = re.compile(r"(?:^|_)(?:limit|cap|max|maximum|quota|allowance|ends?|expir\w*"
                         r"|deadline|until)(?:_|$)", re.I)
_UNBOUNDED = re.compile(r"\b(?:no|without)\s+(?:\w+\s+)?(?:cap|limit|maximum|ceiling|end|expiry"
                        r"|deadline|quota)s?\b|\b(?:unlimited|uncapped|unbounded|open[- ]ended"
                        r"|infinite|never\s+(?:ends?|expires?))\b", re.I)


def _none_is_unbounded(analysis: Analysis, attribute: str) -> bool:
    """Whether the attribute's name or the comment on its declaration makes None "no
    limit" rather than "none of it"."""
    return bool(_BOUND_NAME.search(attribute)) or any(
        _UNBOUNDED.search(comment) for comment in analysis.declaration_comments(attribute))


def _none_is_none_of_it(analysis: Analysis, attribute: str) -> str | None:
    """The comment on the attribute's declaration saying None is "none of it" ("None when
    the line has no discount", "None means zero"), if there is one.

    The annotation alone only says None may come: what it means is written in words or
    not at all, and a None that means "still going", "the standard fourteen days" or "no
    cap" counts as anything but 0 (the fourth adversarial review of 2026-11-26 had the
    annotation alone back three wrong fixes)."""
    words = [w for w in attribute.lower().split("_") if len(w) > 2]
    if not words:
        return None
    subject = "|".join(map(re.escape, words))
    none_of_it = re.compile(
        rf"\bNone\b[^.;]*\b(?:no|without)\s+(?:\w+\s+){{0,2}}?(?:{subject})\w*\b"
        rf"|\bNone\s+(?:means|is|counts\s+as)\s+(?:0|zero|nothing|none)\b")
    found = (none_of_it.search(c) for c in analysis.declaration_comments(attribute))
    return next((match.group(0) for match in found if match), None)


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


_ZERO = {"int": "0", "float": "0.0", "Decimal": "Decimal(0)", "Fraction": "Fraction(0)"}


def _neutral_operand(analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    """``price - line.discount`` with a discount declared ``Decimal | None``: None stands
    for "no discount", so it counts as zero in a sum or a difference."""
    crash, statement = analysis.crash, analysis.statement
    if crash is None or statement is None or "." not in culprit:
        return
    if not re.search(r"unsupported operand type\(s\) for [+-]:", analysis.message):
        return
    attribute = culprit.rsplit(".", 1)[-1]
    declared = declared_optional(analysis, culprit)
    if declared is None or _none_is_unbounded(analysis, attribute):
        return
    said = _none_is_none_of_it(analysis, attribute)
    if said is None:
        return  # the type says None may come, not that it counts as nothing
    kind = re.search(r"`\s*\w+\s*:\s*(?:Optional\[)?\s*(\w+)", declared)
    zero = _ZERO.get(kind.group(1)) if kind else None
    if zero is None:
        return
    uses = [n for n in ast.walk(statement) if isinstance(n, ast.BinOp)
            and isinstance(n.op, ast.Add | ast.Sub)
            and culprit in (ast.unparse(n.left), ast.unparse(n.right))]
    replacements: list[tuple[ast.AST, str]] = []
    for node in uses:
        side = node.left if ast.unparse(node.left) == culprit else node.right
        replacements.append((side, f"({culprit} if {culprit} is not None else {zero})"))
    if not replacements:
        return
    yield Candidate(
        strategy="none-as-zero",
        description=f"`{culprit}` is None when there is none of it; it now counts as "
                    f"{zero} in the arithmetic instead of crashing.",
        edits={crash.path: replace_nodes(crash.source, replacements)},
        originals={crash.path: crash.source}, plausibility=0.8,
        contract=f"{declared}: \"{said}\"",
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


def _callee(site: CrashSite, analysis: Analysis, culprit: str) -> (
    tuple[str, str, ast.FunctionDef | ast.AsyncFunctionDef] | None
):
    """The repository function whose call produced ``culprit``, with its file and text."""
    if analysis.function is None or analysis.crash is None:
        return None
    try:
        written = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return None
    # The culprit is either the call itself, or a name the call's result was stored in.
    value = written if isinstance(written, ast.Call) else origin_of(
        analysis.function, culprit, analysis.crash.lineno)
    if not isinstance(value, ast.Call):
        return None
    func = value.func
    name = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None
    )
    if name is None:
        return None
    for path, source in _candidate_sources(site, analysis, name):
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                return path, source, node
    return None


def _candidate_sources(site: CrashSite, analysis: Analysis, name: str) -> list[tuple[str, str]]:
    assert analysis.crash is not None and analysis.tree is not None
    found = [(analysis.crash.path, analysis.crash.source)]
    for node in analysis.tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and any(
            a.name == name for a in node.names
        ):
            rel = node.module.replace(".", "/") + ".py"
            for root in ("", "src/"):
                path = root + rel
                if path in site.sources:
                    found.append((path, site.sources[path]))
                else:
                    text = analysis.read(path)
                    if text is not None:
                        found.append((path, text))
    return found


def _fix_at_source(site: CrashSite, analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    callee = _callee(site, analysis, culprit)
    if callee is None:
        return
    path, source, func = callee
    promised = default_for_annotation(func.returns)
    if promised is None or promised.source == "None" or not promised.strong:
        return  # its contract allows None: the caller must cope, not the callee
    replacements: list[tuple[ast.AST, str]] = []
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and (
            node.value is None or (isinstance(node.value, ast.Constant)
                                   and node.value.value is None)
        ):
            replacements.append((node, f"return {promised.source}"))
        elif (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)
              and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "get"
              and len(node.value.args) == 1 and not node.value.keywords):
            replacements.append((node.value, ast.unparse(node.value)[:-1]
                                 + f", {promised.source})"))
    new = source
    if replacements:
        # One at a time from the bottom keeps the earlier spans valid.
        for node, text in sorted(replacements, key=lambda r: -r[0].lineno):  # type: ignore[attr-defined]
            new = replace_node(new, node, text)
    last = func.body[-1]
    if not isinstance(last, ast.Return | ast.Raise):
        # The function can fall off its end, which returns None as well.
        new_tree_func = next(
            n for n in ast.parse(new).body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == func.name
        )
        end = new_tree_func.body[-1]
        lines = new.splitlines(keepends=True)
        indent = lines[new_tree_func.body[0].lineno - 1]
        indent = indent[: len(indent) - len(indent.lstrip())]
        at = end.end_lineno or end.lineno
        new = "".join(lines[:at]) + f"{indent}return {promised.source}\n" + "".join(lines[at:])
    if new == source:
        return
    yield Candidate(
        strategy="none-at-source",
        description=(f"`{func.name}` returned None although {promised.reason}; it now returns "
                     f"{promised.source} there, so `{culprit}` is never None."),
        edits={path: new}, originals={path: source},
        plausibility=0.85, contract=promised.reason,
    )

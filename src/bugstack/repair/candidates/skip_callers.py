"""A per-item function's None, left out by every caller that aggregates its results.

Used by :mod:`~bugstack.repair.candidates.skips` once the documentation says malformed
items are skipped and a guard makes the per-item function return None for them: the
function's annotation is widened (``-> str`` becomes ``-> str | None``) and each in-app
call site drops the None, in a comprehension (``Counter(path for path in paths if path is
not None)``) or a loop (``if path is None: continue``). A call used any other way
(``request_path(line).upper()``, ``map(request_path, lines)``) cannot be taught, and then
no candidate is made.
"""

from __future__ import annotations

import ast
import dataclasses
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_nodes
from bugstack.repair.contract import Evidence
from bugstack.repair.contract_items import item_noun

__all__ = ["CallSites", "call_sites", "skip_in_callers"]

#: Backed skips beat a sibling's convention and an annotation's neutral value.
BACKED = 0.85

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
Comprehension = ast.GeneratorExp | ast.ListComp | ast.SetComp


@dataclasses.dataclass(slots=True)
class CallSites:
    #: The repository files (tests aside) that call the function.
    files: list[str] = dataclasses.field(default_factory=list)
    #: The per-item names at the call sites (``line`` in ``f(line) for line in lines``).
    targets: list[str] = dataclasses.field(default_factory=list)
    rewritable: bool = False


def _is_test_file(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    return any(p in ("tests", "test") for p in parts[:-1]) or name.startswith("test_") \
        or name.endswith("_test.py") or name == "conftest.py"


def _references(tree: ast.AST, name: str) -> list[ast.expr]:
    return [n for n in ast.walk(tree) if (isinstance(n, ast.Name) and n.id == name
                                          and isinstance(n.ctx, ast.Load))
            or (isinstance(n, ast.Attribute) and n.attr == name)]


def call_sites(analysis: Analysis, name: str) -> CallSites:
    """Where the app (its tests aside) uses the function ``name``, and whether every use
    is one whose None can be left out."""
    found = CallSites()
    if len(analysis.definitions(name)) != 1:
        return found  # another function of the same name: its callers cannot be told apart
    for rel in analysis.python_files():
        text = analysis.read(rel)
        if _is_test_file(rel) or text is None or name not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return found
        references = _references(tree, name)
        if not references:
            continue
        parents = {id(child): node for node in ast.walk(tree)
                   for child in ast.iter_child_nodes(node)}
        for reference in references:
            place = _skippable_place(reference, parents)
            if place is None:
                return found
            per_item = place[1].generators if isinstance(place[1], Comprehension) \
                else [place[1]]
            found.targets += [n.id for node in per_item for n in ast.walk(node)
                              if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
        found.files.append(rel)
    found.rewritable = bool(found.files)
    return found


def _skippable_place(reference: ast.expr,
                     parents: dict[int, ast.AST]) -> tuple[Comprehension | ast.Assign,
                                                           ast.AST] | None:
    """Where this call's result is aggregated, if it is used only that way: the
    comprehension ``[f(x) for x in xs]``, or ``y = f(x)`` in a loop body followed by more
    (returned with the loop, whose target names the item)."""
    call = parents.get(id(reference))
    if not isinstance(call, ast.Call) or call.func is not reference:
        return None
    holder = parents.get(id(call))
    if isinstance(holder, Comprehension) and holder.elt is call:
        return holder, holder
    if isinstance(holder, ast.Assign) and len(holder.targets) == 1 \
            and isinstance(holder.targets[0], ast.Name):
        loop = parents.get(id(holder))
        if isinstance(loop, ast.For) and holder in loop.body and loop.body[-1] is not holder:
            return holder, loop.target
    return None


def skip_in_callers(candidate: Candidate, analysis: Analysis, name: str,
                     evidence: Evidence) -> Candidate | None:
    """The candidate's ``return None`` guard, plus the annotation and the callers that
    leave None out; None when some caller cannot be rewritten."""
    assert analysis.crash is not None
    crash_path = analysis.crash.path
    callers = call_sites(analysis, name)
    edits = dict(candidate.edits)
    originals = dict(candidate.originals)
    caller_names: list[str] = []
    for rel in sorted({crash_path, *callers.files}):
        text = edits.get(rel) if rel in edits else analysis.read(rel)
        if text is None:
            return None
        originals.setdefault(rel, analysis.read(rel) or text)
        tree = ast.parse(text)
        replacements: list[tuple[ast.AST, str]] = []
        if rel == crash_path:
            widened = _widened_annotation(tree, text, name)
            if widened is None:
                return None
            replacements += widened
        parents = {id(child): node for node in ast.walk(tree)
                   for child in ast.iter_child_nodes(node)}
        for reference in _references(tree, name):
            place = _skippable_place(reference, parents)
            if place is None:
                return None
            replacements.append(_leave_out_none(text, place[0], name, parents))
            caller = _enclosing_function_name(tree, place[0])
            if caller and caller not in caller_names:
                caller_names.append(caller)
        edits[rel] = replace_nodes(text, replacements)
    if not caller_names:
        return None
    return dataclasses.replace(
        candidate, edits=edits, originals=originals, contract=evidence.reason,
        plausibility=BACKED,
        description=f"{candidate.description} `{name}` is now annotated to return None for "
                    f"such an item, and {', '.join(f'`{c}`' for c in caller_names)} "
                    f"leave{'s' if len(caller_names) == 1 else ''} it out: the item is "
                    "skipped, as documented.",
    )


def _function_in(tree: ast.Module, name: str) -> FunctionNode | None:
    return next((n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                 and n.name == name), None)


def _inside(node: ast.AST, scope: ast.AST | None) -> bool:
    return scope is not None and any(child is node for child in ast.walk(scope))


def _enclosing_function_name(tree: ast.Module, node: ast.AST) -> str | None:
    best: FunctionNode | None = None
    for candidate in ast.walk(tree):
        if isinstance(candidate, ast.FunctionDef | ast.AsyncFunctionDef) \
                and _inside(node, candidate) and (best is None or candidate.lineno > best.lineno):
            best = candidate
    return best.name if best else None


def _widened_annotation(tree: ast.Module, text: str,
                        name: str) -> list[tuple[ast.AST, str]] | None:
    """``-> str`` becomes ``-> str | None``; an annotation that allows None already, or
    none at all, stays. None when the function is not where the candidate left it."""
    function = _function_in(tree, name)
    if function is None:
        return None
    returns = function.returns
    if returns is None:
        return []
    written = ast.get_source_segment(text, returns) or ast.unparse(returns)
    if re.search(r"\bNone\b|Optional\[|\bAny\b", written):
        return []
    if isinstance(returns, ast.Constant) and isinstance(returns.value, str):
        return [(returns, repr(f"{returns.value} | None"))]
    return [(returns, f"{written} | None")]


def _leave_out_none(text: str, place: Comprehension | ast.Assign, name: str,
                    parents: dict[int, ast.AST]) -> tuple[ast.AST, str]:
    """The replacement that drops the function's None results at one call site."""
    written = ast.get_source_segment(text, place) or ast.unparse(place)
    if isinstance(place, ast.Assign):
        target = ast.unparse(place.targets[0])
        indent, step = indentation_of(text, place.lineno), indent_unit(text)
        return place, f"{written}\n{indent}if {target} is None:\n{indent}{step}continue"
    taken = {n.id for n in ast.walk(place) if isinstance(n, ast.Name)}
    variable = next(v for v in (item_noun(name), "parsed", "value", "item_")
                    if v.isidentifier() and v not in taken and v != name)
    inner = f"({written[1:-1]})"  # the same comprehension, as a generator
    brackets = {ast.ListComp: "[]", ast.SetComp: "{}"}.get(type(place), "()")

    def filtered(source: str) -> str:
        return f"{brackets[0]}{variable} for {variable} in {source} " \
            f"if {variable} is not None{brackets[1]}"

    one_line = filtered(inner)
    lines = text.splitlines()
    # The widest code line the file already has (docstrings aside), or 88 at least.
    widest = max([88] + [len(lines[n.lineno - 1]) for n in ast.walk(ast.parse(text))
                         if isinstance(n, ast.stmt) and not _is_docstring(n)])
    if len(lines[place.lineno - 1]) - len(written) + len(one_line) <= widest:
        return place, one_line
    # Too wide for the file: the results get a name of their own on the line above.
    statement = _hoistable_statement(place, parents)
    plural = variable + "s"
    if statement is None or plural in _names_around(statement, parents):
        return place, one_line
    current = ast.get_source_segment(text, statement) or ""
    if current.count(written) != 1:
        return place, one_line
    indent = indentation_of(text, statement.lineno)
    return statement, (f"{plural} = {inner}\n{indent}"
                       + current.replace(written, filtered(plural)))


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
        and isinstance(node.value.value, str)


def _hoistable_statement(place: ast.AST, parents: dict[int, ast.AST]) -> ast.stmt | None:
    """The simple statement holding ``place``, if naming ``place`` on the line above keeps
    what runs and when (no lambda or comprehension between them, not a loop's condition)."""
    node: ast.AST | None = parents.get(id(place))
    child: ast.AST = place
    while node is not None and not isinstance(node, ast.stmt):
        if isinstance(node, ast.Lambda | ast.GeneratorExp | ast.ListComp | ast.SetComp
                      | ast.DictComp):
            return None
        child, node = node, parents.get(id(node))
    if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Return | ast.Expr):
        return node
    if isinstance(node, ast.For) and node.iter is child:
        return node
    return None


def _names_around(statement: ast.stmt, parents: dict[int, ast.AST]) -> set[str]:
    """Every name used in the function (or module) that holds ``statement``."""
    scope: ast.AST = statement
    while not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        parent = parents.get(id(scope))
        if parent is None:
            break  # the module
        scope = parent
    names = {n.id for n in ast.walk(scope) if isinstance(n, ast.Name)}
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        names |= {a.arg for a in ast.walk(scope.args) if isinstance(a, ast.arg)}
    return names

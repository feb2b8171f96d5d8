"""A None fixed where it comes from: a repository function that returns None although its
own annotation promises something else (``-> list[str]`` returning None now returns ``[]``).

Part of ``none_guard`` (candidates of the strategy ``none-at-source``, proposed by
:class:`~bugstack.repair.candidates.none_guard.NoneGuard`), not a strategy of its own. It
lives here because it edits another function than the crashing one, often in another
file: finding that callee (in the crashing module or one it imports it from) and
rewriting its every way of returning None is a piece of work of its own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract import default_for_annotation

__all__ = ["fix_at_source"]


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


def fix_at_source(site: CrashSite, analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    """The function whose call gave ``culprit`` returns its annotation's value (``[]``
    for ``-> list[str]``) wherever it returned None, or fell off its end."""
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

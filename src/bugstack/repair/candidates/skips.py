"""Documented skips: a malformed item the documentation says is skipped is left out.

"Lines whose request is not ``METHOD PATH PROTOCOL`` are skipped" settles what a per-item
parser does with such a line, and neither stopping the run nor counting the line under a
made-up value (``""``, 0) is it. Two shapes of fix carry that out:

* the crash is inside the loop over the items: the guard ``continue``s;
* the crash is in a per-item function (``request_path(line)``): the guard returns None,
  the function's annotation says so (``-> str | None``), and every in-app caller, each of
  which must aggregate the items in a comprehension or a ``for`` loop, leaves None out.
  If some caller uses the function any other way, no fix is backed: the None would reach
  code that does not expect it.

The guard itself comes from the other templates (empty sequence, None, missing key), or,
for a parse error, from :mod:`~bugstack.repair.candidates.parse_guards`; the callers are
taught by :mod:`~bugstack.repair.candidates.skip_callers`. This module backs the
candidate that skips and takes the backing away from every candidate that answers such
an item any other way.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import re

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.pairwise_gaps import PairsAcrossGaps, bridged_gap
from bugstack.repair.candidates.parse_guards import PARSE_ERRORS, catch_parse_error
from bugstack.repair.candidates.skip_callers import BACKED, call_sites, skip_in_callers
from bugstack.repair.contract_items import documentation_near, documented_skip

__all__ = ["respect_documented_skips"]

#: Errors a malformed item raises in the code that reads it.
_DATA_ERRORS = frozenset({"IndexError", "KeyError", "ValueError", "JSONDecodeError",
                          "InvalidOperation", "UnicodeDecodeError", "StopIteration"})
_RETURNS_NONE = re.compile(r"^\s*return(\s+None)?\s*$")
_CONTINUE = re.compile(r"^\s*continue\s*$")

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def respect_documented_skips(candidates: list[Candidate], site: CrashSite,
                             analysis: Analysis) -> list[Candidate]:
    """``candidates`` with the documented skip backed and the other answers unbacked."""
    crash, function, statement = analysis.crash, analysis.function, analysis.statement
    if crash is None or function is None or statement is None or analysis.tree is None:
        return candidates
    if not _data_error(analysis):
        return candidates
    texts = _texts(site)
    # What the statement reads, not what it assigns: in `tag, weight = part.split(";q=")`
    # a sentence about a bad `weight` is about the next statement's check, not this crash.
    # The keys it reads count too: "rows without an amount" is about `row["amount"]`.
    reads = {n.id for n in ast.walk(statement)
             if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} | {
        n.attr for n in ast.walk(statement)
        if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)} | {
        n.value for n in ast.walk(statement)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.isidentifier()}
    loop_targets = _loop_targets(function, statement)
    in_loop = documented_skip(texts, loop_targets, reads) if loop_targets else None
    callers = call_sites(analysis, function.name)
    params = [a.arg for a in (*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs) if a.arg not in ("self", "cls")]
    per_item = documented_skip(texts, [*params, *callers.targets], reads) \
        if callers.rewritable and function in analysis.tree.body else None
    evidence = in_loop or per_item or documented_skip(texts, params, reads)
    if evidence is None:
        return candidates
    if analysis.exc_type in PARSE_ERRORS:  # no guard can test for it: catch it instead
        caught = [catch_parse_error(analysis, "continue") if in_loop else None,
                  catch_parse_error(analysis, "return None") if per_item else None]
        candidates = [*candidates, *(c for c in caught if c is not None)]
    # A pairwise loop whose documentation measures across the gap: the pairs are made from
    # the items that have the value, and a `continue` would drop the change across it.
    gap = bridged_gap(analysis)
    kept: list[Candidate] = []
    for candidate in candidates:
        added = _added_lines(candidate, crash.path)
        if gap is not None and candidate.strategy == PairsAcrossGaps.name:
            kept.append(candidate)
            continue
        if gap is not None and any(_CONTINUE.match(line) for line in added):
            kept.append(candidate.unbacked(
                f"(Skipping the pair loses the change across the gap, while the docstring "
                f"says: \"{gap.sentence[:160]}\")"))
            continue
        if in_loop is not None and any(_CONTINUE.match(line) for line in added):
            kept.append(dataclasses.replace(
                candidate, contract=in_loop.reason, plausibility=BACKED,
                description=f"{candidate.description} The item is skipped, as "
                            "documented."))
            continue
        if per_item is not None and any(_RETURNS_NONE.match(line) for line in added):
            skipping = skip_in_callers(candidate, analysis, function.name, per_item)
            if skipping is not None:
                kept.append(skipping)
                continue
        kept.append(candidate.unbacked(
            f"(This does not skip the item, while {evidence.reason}.)"))
    return kept


def _data_error(analysis: Analysis) -> bool:
    if analysis.exc_type in _DATA_ERRORS:
        return True
    return analysis.exc_type in ("TypeError", "AttributeError") and "NoneType" in \
        analysis.message


def _texts(site: CrashSite) -> list[tuple[str, str]]:
    """The documentation around every in-app frame, the crash's first, without repeats."""
    texts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for frame in reversed(site.frames):
        try:
            tree = ast.parse(frame.source)
        except SyntaxError:
            continue
        for where, text in documentation_near(frame.source, tree, frame.lineno):
            if text not in seen:
                seen.add(text)
                texts.append((where, text))
    return texts


def _loop_targets(function: FunctionNode, statement: ast.stmt) -> list[str]:
    """The names the loops around ``statement`` (inside ``function``) bind per item."""
    names: list[str] = []
    for node in ast.walk(function):
        if isinstance(node, ast.For | ast.AsyncFor) and any(
            child is statement for child in ast.walk(node) if child is not node
        ):
            names += [n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)]
    return names


def _added_lines(candidate: Candidate, path: str) -> list[str]:
    if path not in candidate.edits:
        return []
    return [line[1:] for line in difflib.unified_diff(
        candidate.originals.get(path, "").splitlines(), candidate.edits[path].splitlines(),
        lineterm="", n=0) if line.startswith("+") and not line.startswith("+++")]

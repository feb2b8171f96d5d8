"""A None field whose documented stand-in the function already prepares and never reads.

::

    def days_overdue(loan: Loan, today: date | None = None) -> int:
        \"\"\"... A book still on loan (``returned_at`` is None) keeps accruing: its days are
        counted up to ``today`` (the branch's date by default) ...\"\"\"
        today = today or timezone.localdate()
        returned_on = loan.returned_at.astimezone(tz).date()   # AttributeError on None
        return max((returned_on - loan.due_on).days - GRACE_DAYS, 0)

The function works ``today`` out and then never reads it: the line that should use it
is the one that crashed. The docstring says it stands in for the missing return::

    returned_on = today if loan.returned_at is None else loan.returned_at.astimezone(...)

``return 0`` (no fine until the book comes back) is the obvious guard, and wrong.

Backing, all required: a crash on None whose culprit is an attribute (``loan.returned_at``)
read in ``NAME = ...``, a statement of the function's own body, whose value is that
attribute converted (``.astimezone(tz).date()``), not a number worked out from it; a
local or parameter the function binds and never reads (a parameter the function does not
rebind counts only if it has a default), not named as a bound (``cap``, ``max_days``);
and a sentence of the function's docstring that names the attribute (``returned_at``) as
None or missing and the unread name as what the value is counted up to, taken as, or
replaced by ("up to ``today``", "as at ``today``"), not negated ("not up to ``today``"),
not followed by a unit ("up to ``cap`` days"), ignoring and refusing nothing. Review 22
beat the first version three times in three traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract_items import refusal_in, sentences
from bugstack.repair.default_wording import negated_before

__all__ = ["UnusedStandIn"]

_STANDS_IN = r"(?:up\s+to|until|till|as\s+(?:of|at)|taken\s+as|replaced\s+by|"\
             r"in\s+its\s+place\s+of|counted\s+(?:up\s+)?to)"
# "up to ``cap`` days" is a limit, not a stand-in for a date (review 22).
_UNIT_AFTER = re.compile(r"\s*(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|times|"
                         r"items|units|percent|%)\b", re.I)
_BOUNDS = re.compile(r"^(?:max|min|cap|limit|most|least)(?:_|$)|_(?:max|min|cap|limit)$")
_MISSING = re.compile(r"\b(?:is|are)\s+(?:None|null|missing|not\s+set)\b|\bstill\b|"
                      r"\bnot\s+yet\b|\bwithout\b", re.I)


def _unread(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names the function binds and never reads: a defaulted parameter it never uses, or
    a local assigned (``today = today or localdate()``) and never read afterwards."""
    stores: dict[str, int] = {}
    loads: dict[str, list[int]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Name):
            target = stores if isinstance(node.ctx, ast.Store) else loads
            if target is stores:
                stores[node.id] = max(stores.get(node.id, 0), node.lineno)
            else:
                loads.setdefault(node.id, []).append(node.lineno)
    defaulted = [a.arg for a in function.args.args[len(function.args.args)
                                                   - len(function.args.defaults):]]
    defaulted += [a.arg for a, d in zip(function.args.kwonlyargs, function.args.kw_defaults,
                                        strict=True) if d is not None]
    unread = {name for name in defaulted if name not in loads and name not in stores}
    unread |= {name for name, line in stores.items()
               if not any(use > line for use in loads.get(name, []))}
    return unread


def _transforms(value: ast.expr, culprit: str) -> bool:
    """``culprit`` followed only by attribute reads and method calls on it."""
    node = value
    while ast.unparse(node) != culprit:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        elif isinstance(node, ast.Attribute):
            node = node.value
        else:
            return False
    return True


class UnusedStandIn:
    name = "unused-stand-in"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        culprit = analysis.culprit
        if crash is None or function is None or culprit is None or "." not in culprit \
                or not isinstance(statement, ast.Assign) or statement not in function.body \
                or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Name):
            return
        try:
            read = ast.parse(culprit, mode="eval").body
        except SyntaxError:
            return
        if not isinstance(read, ast.Attribute) or not _transforms(statement.value, culprit):
            # The stand-in replaces the whole value only when the value is the None field
            # itself, converted (`.astimezone(tz).date()`), not a number worked out from it
            # (`(loan.returned_at.date() - loan.lent_on).days`: review 22).
            return
        docstring = ast.get_docstring(function) or ""
        attribute = read.attr
        found: dict[str, str] = {}
        for name in sorted(_unread(function) - {statement.targets[0].id}):
            if _BOUNDS.search(name):
                continue
            pattern = re.compile(rf"\b{_STANDS_IN}\s+(?:the\s+)?``?{re.escape(name)}\b``?", re.I)
            for sentence in sentences(docstring):
                match = pattern.search(sentence)
                if match and re.search(rf"\b{re.escape(attribute)}\b", sentence) \
                        and _MISSING.search(sentence) and refusal_in(sentence) is None \
                        and not negated_before(sentence, match.start()) \
                        and not _UNIT_AFTER.match(sentence[match.end():]) \
                        and not re.search(r"\bignor\w*", sentence, re.I):
                    found.setdefault(name, sentence)
        if len(found) != 1:
            return
        name, sentence = next(iter(found.items()))
        whole = ast.get_source_segment(crash.source, statement.value) \
            or ast.unparse(statement.value)
        target = statement.targets[0].id
        text = f"{name} if {culprit} is None else {whole}"
        indent = indentation_of(crash.source, statement.lineno)
        widest = max((len(line) for line in crash.source.splitlines()), default=79)
        if len(indent) + len(target) + 3 + len(text) <= max(widest, 79):
            edited = replace_node(crash.source, statement.value, text)
        else:  # a line longer than any in the file: the branch written out
            step = indent_unit(crash.source)
            edited = replace_node(crash.source, statement, (
                f"if {culprit} is None:\n{indent}{step}{target} = {name}\n{indent}else:\n"
                f"{indent}{step}{target} = {whole}"))
        yield Candidate(
            strategy=self.name,
            description=f"When `{culprit}` is None, `{statement.targets[0].id}` is now "
                        f"`{name}`, which the function prepares for that case and never "
                        "read, instead of crashing.",
            edits={crash.path: edited},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f'the docstring of `{function.name}` says: "{sentence[:160]}"',
        )

"""A blank value reaching a parser: ``int(row["quantity"])`` or ``strptime(month, ...)``
with ``""``.

Only when the module names what a blank means (``DEFAULT_QUANTITY``) does the blank get
that value; catching the ValueError broadly would also swallow malformed data. A None
check in front of the parser (``if month is None:``) is widened to a falsy check only
when the documentation says an empty value means the same as an absent one; so is a
``.get(key, default)`` whose default a blank value never gets (``.get(key) or default``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract import Evidence, named_default

__all__ = ["BlankPastNoneCheck", "BlankValue", "blank_means_absent"]

_BLANK = re.compile(r"(invalid literal for \w+\(\) with base \d+|could not convert string to "
                    r"float): ''$")
_PARSERS = {"int", "float", "Decimal"}


def _subject(node: ast.expr) -> str | None:
    """The name a value goes by: ``quantity`` for ``row["quantity"]`` or ``quantity``."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else None


class BlankValue:
    name = "blank-value"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "ValueError" or not _BLANK.search(analysis.message):
            return
        if crash is None or statement is None:
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in _PARSERS and len(node.args) == 1):
                continue
            subject = _subject(node.args[0])
            default = named_default(crash.source, subject) if subject else None
            if default is None:
                continue
            text = ast.get_source_segment(crash.source, node.args[0]) or ast.unparse(node.args[0])
            call = ast.get_source_segment(crash.source, node) or ast.unparse(node)
            yield Candidate(
                strategy=self.name,
                description=f"A blank `{text}` now means {default.source}, instead of "
                            "failing to parse.",
                edits={crash.path: replace_node(
                    crash.source, node, f"({call} if {text}.strip() else {default.source})")},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=default.reason,
            )


# "An absent or empty month means ...", "``note``: missing or blank": the documentation
# puts a blank value on the same footing as an absent one.
_ABSENT = r"(absent|missing|omitted|none|null|unset|not\s+(given|set|passed|provided|specified))"
_EMPTY = r"(empty|blank)"
_LINK = r"(\s*,\s*(or\s+)?|\s+or\s+|\s+and\s+|\s*/\s*)(an?\s+|the\s+)?"
_SAME_FOOTING = re.compile(rf"\b{_ABSENT}{_LINK}{_EMPTY}\b|\b{_EMPTY}{_LINK}{_ABSENT}\b", re.I)
_REFUSAL = re.compile(r"\b(rejected|rejects?|invalid|errors?|raises?|fails?|40\d|not allowed)\b",
                      re.I)


def blank_means_absent(docstring: str | None, subject: str) -> Evidence | None:
    """The docstring's word that a blank ``subject`` means the same as an absent one."""
    if not docstring:
        return None
    text = re.sub(r"\s*\n\s*", " ", docstring)
    mention = re.compile(rf"\b{re.escape(subject)}\b", re.I)
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if any(_said_of(sentence, found, mention) for found in _SAME_FOOTING.finditer(sentence)) \
                and not _REFUSAL.search(sentence):
            return Evidence(subject, f"the documentation says: \"{sentence.strip()[:120]}\"")
    return None


_QUOTED_NAME = re.compile(r"``?\w+``?")
_NEXT_CLAUSE = re.compile(r",\s*(and|but|while|whereas)\b|;|\bbut\b|\bwhile\b", re.I)


def _said_of(sentence: str, footing: re.Match[str], mention: re.Pattern[str]) -> bool:
    """Whether "absent or empty" is said of the subject: named right after it ("an absent
    or empty month"), or before it in the same clause with no other name between
    ("``month`` is YYYY-MM, and ``note`` may be missing or empty" says it of ``note``)."""
    after = sentence[footing.end():footing.end() + 25]
    named_after = mention.search(after)
    if named_after is not None and not _QUOTED_NAME.search(
            after[:named_after.start()].rstrip("`")):
        return True
    before = sentence[:footing.start()]
    mentions = list(mention.finditer(before))
    if not mentions:
        return False
    between = before[mentions[-1].end():].lstrip("`")
    return not _QUOTED_NAME.search(between) and not _NEXT_CLAUSE.search(between)


def _none_test(test: ast.expr) -> tuple[str, bool] | None:
    """``("month", True)`` for ``month is None``, ``("month", False)`` for ``is not None``."""
    if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and len(test.ops) == 1 and isinstance(test.ops[0], ast.Is | ast.IsNot)
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None):
        return test.left.id, isinstance(test.ops[0], ast.Is)
    return None


def _contains(nodes: list[ast.stmt] | ast.expr, target: ast.AST) -> bool:
    roots = nodes if isinstance(nodes, list) else [nodes]
    return any(node is target for root in roots for node in ast.walk(root))


def _exits(body: list[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], ast.Return | ast.Raise | ast.Continue)


def _guarding_none_checks(function: ast.AST, statement: ast.stmt,
                          crashed: ast.expr) -> Iterator[tuple[ast.expr, str, bool]]:
    """The ``X is (not) None`` tests that let the crashed value through as not None.

    The crash is in the not-None branch of an ``if`` or a conditional expression, or
    after an ``if X is None:`` whose branch leaves (returns, raises, continues).
    """
    for node in ast.walk(function):
        if isinstance(node, ast.If | ast.IfExp):
            tested = _none_test(node.test)
            if tested is None:
                continue
            name, is_none = tested
            passing = node.orelse if is_none else node.body
            if _contains(passing, crashed):
                yield node.test, name, is_none
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list) or not any(s is statement for s in block):
                continue
            for earlier in block[:next(i for i, s in enumerate(block) if s is statement)]:
                tested = _none_test(earlier.test) if isinstance(earlier, ast.If) else None
                if tested and tested[1] and not earlier.orelse and _exits(earlier.body):
                    yield earlier.test, tested[0], True


class BlankPastNoneCheck:
    """``if month is None:`` lets ``""`` through to ``strptime``; widened to ``if not month:``.

    Only when the documentation says a blank value means the same as an absent one: an
    empty string could also deserve a 400, or its own meaning, and that is not ours to
    guess.
    """

    name = "blank-past-none-check"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type != "ValueError" or crash is None or statement is None \
                or function is None:
            return
        docstring = ast.get_docstring(function)
        for call in ast.walk(statement):
            if not isinstance(call, ast.Call):
                continue
            for argument in call.args:
                if not isinstance(argument, ast.Name) or not _blank(analysis, argument.id):
                    continue
                yield from self._blank_past_get_default(analysis, argument.id, docstring)
                for test, name, is_none in _guarding_none_checks(function, statement, call):
                    evidence = blank_means_absent(docstring, name) if name == argument.id \
                        else None
                    if evidence is None:
                        continue
                    widened = f"not {name}" if is_none else name
                    yield Candidate(
                        strategy=self.name,
                        description=f"An empty `{name}` now takes the same branch as a "
                                    f"missing one (`if {widened}:` instead of "
                                    f"`if {ast.unparse(test)}:`), instead of reaching "
                                    f"`{ast.unparse(call.func)}()`.",
                        edits={crash.path: replace_node(crash.source, test, widened)},
                        originals={crash.path: crash.source}, plausibility=0.85,
                        contract=evidence.reason,
                    )

    def _blank_past_get_default(self, analysis: Analysis, name: str,
                                docstring: str | None) -> Iterator[Candidate]:
        """``month = query.get("month", DEFAULT)``: the default is given for an absent key
        only; ``query.get("month") or DEFAULT`` gives it for a blank value too."""
        crash, function = analysis.crash, analysis.function
        assert crash is not None and function is not None
        origin = origin_of(function, name, crash.lineno)
        if not (isinstance(origin, ast.Call) and isinstance(origin.func, ast.Attribute)
                and origin.func.attr == "get" and len(origin.args) == 2
                and not origin.keywords):
            return
        evidence = blank_means_absent(docstring, name)
        if evidence is None:
            return
        lookup, key, default = (ast.get_source_segment(crash.source, n) or ast.unparse(n)
                                for n in (origin.func.value, *origin.args))
        widened = f"{lookup}.get({key}) or {default}"
        yield Candidate(
            strategy=self.name,
            description=f"An empty `{name}` now gets the default `{default}` as a missing "
                        f"one does (`{widened}`), instead of reaching the parser.",
            edits={crash.path: replace_node(crash.source, origin, widened)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=evidence.reason,
        )


def _blank(analysis: Analysis, name: str) -> bool:
    """Whether ``name`` held an empty string when it crashed, as far as the event shows."""
    captured = analysis.values.get(name)
    if captured is not None:
        return captured in ("''", '""')
    return bool(re.search(r"(^|[\s:(])(''|\"\")($|[\s,)])", analysis.message))

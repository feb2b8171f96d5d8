"""A message formatted from a value that is None, where the documentation gives the message
for that case.

::

    - ``closed``: "PR #12 merged by bo: Fix login" when it was merged, and
      "PR #12 closed without merging: Fix login" when it was not (GitHub then sends
      ``"merged_by": null``)

    return f"{head} merged by {pull['merged_by']['login']}: {pull['title']}"

raises "'NoneType' object is not subscriptable" for an unmerged pull request. The
documentation has two examples: one the f-string writes (``PR #12`` for ``head``, ``bo``
for the merger, ``Fix login`` for the title) and one that keeps its beginning and end but
says something else where the missing value went. That second message is what the None
case answers::

    if pull['merged_by'] is None:
        return f"{head} closed without merging: {pull['title']}"

Returning None, or formatting "merged by None", would announce something else.

Backing, all required: the crash is in a ``return`` of one f-string; a part of it reads
into a value the frame captured as None; a docstring of the function or the module quotes
one example the f-string produces and another that shares the text of its leading and
trailing parts but not of the part holding the None; the sentence of that other
example says the value is missing (null, None, not, without, no); and every value it
writes as code is one the function reads ("its ``method`` is then "transfer"": a None
card of a card payment is not that case, and the function never reads ``method``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement

__all__ = ["DocumentedMessageForNone"]

_QUOTED = re.compile(r'"([^"\n]{3,200})"')
_MISSING = re.compile(r"\b(?:null|None|not|without|no|missing|absent)\b")


def _captured(node: ast.expr, values: dict[str, object]) -> object:
    """The captured repr a ``name['key'][...]`` chain reads, or a marker when unknown."""
    if isinstance(node, ast.Name):
        return values.get(node.id, _UNKNOWN)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        inner = _captured(node.value, values)
        if isinstance(inner, dict):
            return inner.get(str(node.slice.value), _UNKNOWN)
    return _UNKNOWN


_UNKNOWN = object()


def _none_part(value: ast.expr, values: dict[str, object]) -> ast.expr | None:
    """The sub-expression of ``value`` the frame captured as None, read into further."""
    for node in ast.walk(value):
        if isinstance(node, ast.Subscript | ast.Attribute) \
                and _captured(node.value, values) == "None":
            return node.value
    return None


def _shape(parts: list[ast.expr]) -> list[str | None]:
    """Each part's literal text, or None for an expression the example fills in."""
    return [p.value if isinstance(p, ast.Constant) and isinstance(p.value, str) else None
            for p in parts]


def _fill(shape: list[str | None], example: str) -> list[str] | None:
    """The example's text for each part, when the example is what the f-string writes."""
    pattern = "".join(re.escape(s) if s is not None else "(.+?)" for s in shape)
    found = re.fullmatch(pattern, example)
    if found is None:
        return None
    groups = iter(found.groups())
    return [s if s is not None else next(groups) for s in shape]


class DocumentedMessageForNone:
    name = "documented-message-for-none"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or function is None or tree is None \
                or not isinstance(statement, ast.Return) \
                or not isinstance(statement.value, ast.JoinedStr) or "NoneType" not in \
                analysis.message:
            return
        parts = [p.value if isinstance(p, ast.FormattedValue) else p
                 for p in statement.value.values]
        if any(isinstance(p, ast.FormattedValue) and (p.format_spec or p.conversion != -1)
               for p in statement.value.values):
            return
        values: dict[str, object] = dict(crash.frame.vars)  # sentry-sdk's nested reprs
        holding = [i for i, p in enumerate(parts) if not isinstance(p, ast.Constant)
                   and _none_part(p, values) is not None]
        if len(holding) != 1:
            return
        missing = _none_part(parts[holding[0]], values)
        assert missing is not None
        shape = _shape(parts)
        if any(s is not None and any(c in s for c in "\\\"'{}") for s in shape):
            return  # literal text that would need escaping again: left alone
        own = ast.get_docstring(function) or ""
        if _REFUSES.search(own):
            return  # the function's own word on a bad value: not a message to make up
        module = ast.get_docstring(tree) or ""
        siblings = {n.name for n in tree.body
                    if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n is not function}
        if any(re.search(rf"\b{re.escape(name)}\b", module) for name in siblings):
            module = ""  # its examples may be another function's
        docs = re.sub(r"\s+", " ", f"{own} {module}")
        matches = list(_QUOTED.finditer(docs))
        # Each example with the words after it, up to the next example or the sentence end.
        examples = [(m.group(1), docs[m.end():min(
            [n.start() for n in matches[i + 1:i + 2]] + [_sentence_end(docs, m.end())])])
            for i, m in enumerate(matches)]
        produced = [filled for e, _ in examples if (filled := _fill(shape, e)) is not None]
        if len(produced) != 1:
            return
        filled, index = produced[0], holding[0]
        others = [(e, end) for e, end in examples if _fill(shape, e) is None]
        found = [(e, k, m) for e, after in others
                 for k, m in [_kept(filled, index, e)] if k + m > 0 and _MISSING.search(after)]
        if len(found) != 1:
            return
        other, keep_head, keep_tail = found[0]
        condition = next(after for e, after in others if e == other)
        if _unread_condition(condition, function):
            return  # the case is told by a value the function never looks at
        head = "".join(filled[:keep_head])
        tail = "".join(filled[len(filled) - keep_tail:]) if keep_tail else ""
        middle = other[len(head):len(other) - len(tail)]
        if _sample_value_in(middle, shape):
            return  # "closed by ann without merging": a sample, not text to write
        segment = ast.get_source_segment(crash.source, statement.value) or ""
        quote = segment[1:2] if segment[:1] in "fF" else ""
        if quote not in ("\"", "'") or segment[1:4] == quote * 3 or quote in middle \
                or "\\" in middle:
            return
        kept = parts[:keep_head] + [ast.Constant(middle.replace("{", "{{").replace("}", "}}"))] \
            + (parts[len(parts) - keep_tail:] if keep_tail else [])
        message = f"f{quote}{_source_of(crash.source, kept)}{quote}"
        subject = ast.get_source_segment(crash.source, missing) or ast.unparse(missing)
        edited = insert_before_statement(crash.source, statement,
                                         [f"if {subject} is None:", f"\treturn {message}"])
        yield Candidate(
            strategy=self.name,
            description=f"When `{subject}` is None the documented message is returned "
                        f"(\"{other[:80]}\") instead of formatting from it.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract=f'the documentation gives the message for that case: "{other[:120]}"',
        )


_REFUSES = re.compile(r"\b(?:rais\w*|errors?|malformed|invalid|refus\w*|reject\w*)\b", re.I)


def _unread_condition(condition: str, function: ast.AST) -> str | None:
    """A name written as code in the words on the other example (``method`` of "its
    ``method`` is then "transfer" and its ``card`` is null") that the function reads
    nowhere, as a name, an attribute or a key: the documented case is the one where that
    value says so, and a None alone does not tell it."""
    read = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(function) if isinstance(n, ast.Attribute)} | {
        n.value for n in ast.walk(function) if isinstance(n, ast.Constant)
        and isinstance(n.value, str)}
    return next((name for name in re.findall(r"`+([A-Za-z_]\w*)`+", condition)
                 if name not in read), None)


def _sample_value_in(middle: str, shape: list[str | None]) -> bool:
    """Whether ``middle`` holds a word where the f-string puts a value: the word after a
    literal that precedes an expression ("by" before the merger's login)."""
    for index, literal in enumerate(shape[:-1]):
        words = (literal or "").split()
        if literal is not None and shape[index + 1] is None and words \
                and re.search(rf"\b{re.escape(words[-1])}\s+\S", middle):
            return True
    return False


def _sentence_end(text: str, start: int) -> int:
    found = re.compile(r"\.(?:\s|$)").search(text, start)
    return found.start() if found else len(text)


def _kept(filled: list[str], index: int, other: str) -> tuple[int, int]:
    """How many leading and trailing parts ``other`` keeps of the written example, around
    the part at ``index`` (0, 0 when it keeps the None part's text or nothing around it)."""
    head = max((k for k in range(index + 1) if other.startswith("".join(filled[:k]))),
               default=0)
    tail = max((m for m in range(len(filled) - index)
                if other.endswith("".join(filled[len(filled) - m:]) if m else "")), default=0)
    kept = len("".join(filled[:head])) + len("".join(filled[len(filled) - tail:]) if tail else "")
    if kept >= len(other) or filled[index] in other:
        return 0, 0
    return head, tail


def _source_of(source: str, parts: list[ast.expr]) -> str:
    """The f-string body of ``parts``: literals as written, expressions in braces."""
    out = []
    for part in parts:
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            out.append(part.value)
        else:
            out.append("{" + (ast.get_source_segment(source, part) or ast.unparse(part)) + "}")
    return "".join(out)

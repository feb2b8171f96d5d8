"""A pattern matched case-sensitively where the documentation says case does not matter.

``_AUTHORIZATION = re.compile(r"Bearer\\s+(?P<token>\\S+)")`` finds nothing in ``bearer
ntk_...`` and ``.group("token")`` raises on None, while the function's docstring says the
scheme name is case-insensitive ("``Bearer``, ``bearer`` and ``BEARER`` are the same
scheme"). That word alone is made to ignore case (``(?i:Bearer)``): the rest of the
pattern (a token of lower-case letters) keeps its case. When the same docstring says
what a text without a match gets, in words that name a status the function already
answers with ("A request without a bearer token ... is answered 401", ``abort(401)``
below), the match is checked first and that statement answers it; otherwise a text that
still does not match crashes as before.

Backing, all required: the error is ``'NoneType' object has no attribute 'group...'``;
the crash line calls ``.group``/``.groups``/``.groupdict`` on ``P.match|fullmatch|search(x)``
of a module-level ``re.compile`` given only a pattern; the function's or the module's
docstring says case-insensitive (or "in any case", "regardless of case") in a sentence that
writes one literal word of the pattern in several cases or in backticks; and the captured
``x`` matches the pattern with that word ignoring case, and not without.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_nodes

__all__ = ["DocumentedCaseInsensitivePattern"]

_NONE_GROUP = re.compile(r"'NoneType' object has no attribute 'group(?:s|dict)?'")
_ANY_CASE = re.compile(r"\bcase[- ]insensitive\b|\bin any case\b|\bregardless of (?:letter )?"
                       r"case\b|\bignor\w* (?:the )?case\b", re.I)
_WITHOUT = re.compile(r"\bwithout\b[^.]*\b(?:answered|gets?|is|with)\s+(?:a\s+)?(\d{3})\b", re.I)
_MATCHERS = ("match", "fullmatch", "search")


_BUT_NOT = re.compile(r"\b(?:but|however|not|never|no longer|rewrit\w*|refus\w*|reject\w*)\b",
                      re.I)
_PATTERN_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[A-Za-z]|\{\d*,?\d*\}|\[[^\]]*\]")


def _insensitive_word(pattern: str, docs: list[str]) -> str | None:
    """The one literal word of ``pattern`` the documentation says ignores case: written in
    two or more cases, or in backticks, in the sentence that says case-insensitive."""
    words = set(re.findall(r"[A-Za-z]{3,}", _PATTERN_SYNTAX.sub(" ", pattern)))
    found = set()
    for doc in docs:
        for sentence in re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", doc)):
            if not _ANY_CASE.search(sentence):
                continue
            if _BUT_NOT.search(sentence):
                return None  # "case-insensitive, but our gateway ... is not accepted"
            for word in words:
                spellings = set(re.findall(rf"\b{re.escape(word)}\b", sentence, re.I))
                if len(spellings) > 1 or re.search(rf"`+{re.escape(word)}`+", sentence, re.I):
                    found.add(word)
    return found.pop() if len(found) == 1 else None


def _status_refusal(function: ast.FunctionDef | ast.AsyncFunctionDef, source: str,
                    status: str) -> str | None:
    """The function's own statement answering ``status`` (``abort(401)``)."""
    for node in ast.walk(function):
        if isinstance(node, ast.Expr | ast.Raise):
            text = ast.get_source_segment(source, node) or ""
            if "\n" not in text and re.search(rf"\b{status}\b", text) and (
                    text.startswith(("abort(", "raise ")) or "abort(" in text):
                return text
    return None


class DocumentedCaseInsensitivePattern:
    name = "documented-case-insensitive-pattern"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or function is None or tree is None \
                or not _NONE_GROUP.search(analysis.message):
            return
        found = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Attribute) and n.func.attr in _MATCHERS
                 and isinstance(n.func.value, ast.Name) and len(n.args) == 1
                 and isinstance(n.args[0], ast.Name) and not n.keywords]
        if len(found) != 1:
            return
        matched = found[0]
        assert isinstance(matched.func, ast.Attribute) and isinstance(matched.func.value, ast.Name)
        compiled = [n.value for n in tree.body if isinstance(n, ast.Assign)
                    and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                    and n.targets[0].id == matched.func.value.id
                    and isinstance(n.value, ast.Call)
                    and ast.unparse(n.value.func) == "re.compile" and len(n.value.args) == 1
                    and not n.value.keywords and isinstance(n.value.args[0], ast.Constant)
                    and isinstance(n.value.args[0].value, str)]
        docs = [ast.get_docstring(function) or "", ast.get_docstring(tree) or ""]
        if len(compiled) != 1 or not any(_ANY_CASE.search(d) for d in docs):
            return
        pattern = compiled[0].args[0]
        subject = matched.args[0]
        assert isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)
        assert isinstance(subject, ast.Name)
        try:
            text = ast.literal_eval(analysis.values.get(subject.id) or "")
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return
        method = matched.func.attr
        try:
            sensitive, insensitive = re.compile(pattern.value), re.compile(pattern.value, re.I)
        except re.error:
            return
        if not isinstance(text, str) or getattr(sensitive, method)(text) \
                or not getattr(insensitive, method)(text):
            return
        written = ast.get_source_segment(crash.source, pattern) or repr(pattern.value)
        word = _insensitive_word(pattern.value, docs)
        if word is None or written.count(word) != 1:
            return  # which part ignores case is not said: the whole pattern is not widened
        scoped = written.replace(word, f"(?i:{word})", 1)
        try:
            widened = re.compile(ast.literal_eval(scoped))
        except (re.error, ValueError, SyntaxError):
            return
        if not getattr(widened, method)(text):
            return  # the documented word is not what kept the text from matching
        edits: list[tuple[ast.AST, str]] = [(pattern, scoped)]
        without = _WITHOUT.search(re.sub(r"\s+", " ", docs[0]))
        refusal = _status_refusal(function, crash.source, without.group(1)) if without else None
        said = "; a text that still does not match crashes as before"
        if refusal is not None and isinstance(statement, ast.Assign) \
                and matched in ast.walk(statement.value):
            used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
            name = next(n for n in ("match", "found", "matched") if n not in used)
            call = ast.get_source_segment(crash.source, matched) or ast.unparse(matched)
            indent = indentation_of(crash.source, statement.lineno)
            step = indent_unit(crash.source)
            line = ast.get_source_segment(crash.source, statement) or ast.unparse(statement)
            rest = line.replace(call, name, 1)
            edits.append((statement, f"{name} = {call}\n{indent}if {name} is None:\n"
                                     f"{indent}{step}{refusal}\n{indent}{rest}"))
            said = f"; a text that still does not match gets `{refusal}`, as documented"
        yield Candidate(
            strategy=self.name,
            description=f"`{matched.func.value.id}` now ignores case, as documented, so "
                        f"{text[:40]!r} matches{said}.",
            edits={crash.path: replace_nodes(crash.source, edits)},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract="the documentation says the text is case-insensitive",
        )

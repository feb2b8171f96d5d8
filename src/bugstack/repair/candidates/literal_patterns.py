"""Text documented as plain text that reaches the regular-expression compiler as a pattern.

``re.compile(query, re.IGNORECASE)`` raises ``re.error: missing ), unterminated subpattern``
for a visitor's pasted ``joins (and when``. When the function's docstring (or its
module's) says, in a sentence naming that value, that it is matched as plain (or literal)
text, verbatim, or is not a regular expression, the text is escaped where it becomes a
pattern: ``re.compile(re.escape(query), re.IGNORECASE)``; inside an f-string pattern only
the documented value is escaped (``rf"\\b{re.escape(word)}\\b"``). Answering 400 or an
empty list would fail the very query the documentation promises to find.

Backing, all of it required: the value is a plain name the sentence names (the parameter
``query``, or its words ``search text`` for ``search_text``); no sentence of the same
docstrings calls that value a regular expression, regex or pattern; and the name itself
does not say pattern or regex. A silent docstring gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes

__all__ = ["LiteralPattern"]

#: ``re.error`` (``re.PatternError`` from Python 3.13 on, with ``error`` its alias).
_ERRORS = {"error", "PatternError", "re.error", "re.PatternError"}
#: The ``re`` functions whose first argument is the pattern.
_PATTERN_FIRST = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub",
                  "subn", "split"}
_LITERAL = re.compile(
    r"\b(plain[- ]text|literal(ly)?|verbatim|as (it is |they are )?(typed|written|given)"
    r"|not (a |as a |treated as a |read as a )?(regular expression|regex|pattern)"
    r"|no (regular expression|regex|pattern) syntax)\b", re.I)
#: Saying the value is a pattern, unless in the negation _LITERAL reads.
_PATTERN = re.compile(r"\b(regular expressions?|regex(es|p)?|patterns?|wildcards?|glob)\b",
                      re.I)
_NEGATED = re.compile(r"\b(not|no|never|nor|instead of|rather than)\b[^,;:]{0,30}$", re.I)


def _sentences(texts: list[str]) -> list[str]:
    flat = (re.sub(r"\s*\n\s*", " ", text) for text in texts)
    return [s.strip() for text in flat for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z`'\"(])", text)]


def _names(sentence: str, name: str) -> bool:
    """The sentence names the value: ``query``, or ``search text`` for ``search_text``."""
    words = [w for w in name.strip("_").split("_") if w]
    spelled = r"[\s_-]".join(re.escape(w) for w in words)
    return bool(words) and re.search(rf"(?<![\w]){spelled}s?(?![\w])", sentence, re.I) is not None


def _calls_it_a_pattern(sentence: str) -> bool:
    """A pattern word the sentence affirms (``query`` is a regular expression), not one it
    denies (``not a regular expression``)."""
    return any(_NEGATED.search(sentence[:found.start()]) is None
               for found in _PATTERN.finditer(sentence))


def _documented(texts: list[str], name: str) -> str | None:
    sentences = [s for s in _sentences(texts) if _names(s, name)]
    if any(_calls_it_a_pattern(s) for s in sentences):
        return None
    return next((s for s in sentences if _LITERAL.search(s)), None)


def _re_function(call: ast.Call, tree: ast.Module) -> bool:
    """``re.compile(...)`` with ``import re``, or ``compile(...)`` imported from ``re``."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id == "re" and func.attr in _PATTERN_FIRST
    if isinstance(func, ast.Name) and func.id in _PATTERN_FIRST:
        return any(isinstance(node, ast.ImportFrom) and node.module == "re"
                   and any((a.asname or a.name) == func.id for a in node.names)
                   for node in tree.body)
    return False


def _imports_re(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.Import) and any(a.name == "re" and a.asname is None
                                                    for a in node.names)
               for node in tree.body)


def _texts(values: dict[str, str], name: str) -> bool:
    """The value was captured as text (sentry-sdk's repr of a ``str``)."""
    captured = values.get(name)
    return captured is not None and captured[:1] in {"'", '"'}


class LiteralPattern:
    name = "literal-pattern"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type not in _ERRORS or crash is None or statement is None \
                or function is None or tree is None:
            return
        texts = [t for t in (ast.get_docstring(function), ast.get_docstring(tree)) if t]
        for call in ast.walk(statement):
            if not (isinstance(call, ast.Call) and call.args and _re_function(call, tree)):
                continue
            pattern = call.args[0]
            if isinstance(pattern, ast.Name):
                targets = [pattern]
            elif isinstance(pattern, ast.JoinedStr):
                targets = [v.value for v in pattern.values if isinstance(v, ast.FormattedValue)
                           and isinstance(v.value, ast.Name) and v.conversion == -1
                           and v.format_spec is None]
            else:
                continue
            targets = [t for t in targets if isinstance(t, ast.Name)
                       and not _PATTERN.search(t.id.replace("_", " "))
                       and _texts(analysis.values, t.id)]
            backed = [(t, s) for t in targets if (s := _documented(texts, t.id)) is not None]
            if not backed:
                continue
            source = crash.source
            edited = replace_nodes(source, [(t, f"re.escape({t.id})") for t, _ in backed])
            if not _imports_re(tree):
                edited = insert_import(edited, "import re")
            names = ", ".join(f"`{t.id}`" for t, _ in backed)
            yield Candidate(
                strategy=self.name,
                description=f"{names} is escaped where it becomes a regular expression, so "
                            "it is matched as the plain text the documentation says it is.",
                edits={crash.path: edited}, originals={crash.path: source},
                plausibility=0.85,
                contract=f"the documentation says: \"{backed[0][1][:160]}\"",
            )
            return

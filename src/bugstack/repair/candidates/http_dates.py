"""A number of seconds that may also be sent as an HTTP date, as the code documents.

Some headers carry a delay either as seconds or as an HTTP date (``Retry-After``, RFC
9110 section 10.2.3): ``float(int(value))`` raises "invalid literal for int() with base
10: 'Wed, 25 Nov 2026 12:00:45 GMT'" on the second form. When the function's docstring
says the value may be an HTTP date, waited for from a ``datetime`` parameter (``now``),
and what a date already past means (0, "at once"), the seconds form is read as before and
the date form is the seconds from that parameter to the date, never below 0:
``float(int(value)) if value.strip().isdigit() else max((parsedate_to_datetime(value) -
now).total_seconds(), 0.0)``. Falling back to a default delay would retry into the rate
limit; the date is what the server asked for.

The captured text must parse as an HTTP date with a timezone, and the conversion must
be ``float()`` (or ``float(int())``) of a plain name, so the answer stays a float. A
docstring that does not call the value an HTTP date, names no ``datetime`` parameter to
count from, or does not say what a past date means gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_node

__all__ = ["HttpDateDelay"]

_INVALID = re.compile(r"^(?:invalid literal for int\(\) with base 10|could not convert "
                      r"string to float): (?P<text>'.*'|\".*\")$")
_HTTP_DATE = re.compile(r"\bHTTP[- ]date\b|\bRFC\s*(?:9110|7231|2616)\b", re.I)
_PAST = re.compile(r"\b(?:already\s+)?(?:past|passed|in\s+the\s+past|earlier\s+than)\b"
                   r"[^.;]*?\b(?:means?|is|gives?|counts?\s+as|waits?)\s+(?:\w+\s+)?"
                   r"(?:at\s+once|immediately|right\s+away|no\s+wait|0(?:\.0)?\b|zero)", re.I)
_REFUSED = re.compile(r"\b(?:not|never|rather\s+than|reject(?:s|ed)?|unsupported|bug|error"
                      r"|invalid|raises?)\b", re.I)
_IMPORT = "from email.utils import parsedate_to_datetime"


def _date_text(message: str) -> str | None:
    match = _INVALID.match(message)
    if match is None:
        return None
    try:
        text = ast.literal_eval(match.group("text"))
        parsed = parsedate_to_datetime(text)
    except (ValueError, TypeError, SyntaxError):
        return None
    return text if isinstance(text, str) and parsed.tzinfo is not None else None


def _conversion(statement: ast.stmt) -> tuple[ast.Call, str] | None:
    """The one ``float(name)`` or ``float(int(name))`` of the statement: the node to
    replace and the name converted."""
    found = []
    for node in ast.walk(statement):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "float" and len(node.args) == 1 and not node.keywords):
            continue
        inner = node.args[0]
        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                and inner.func.id == "int" and len(inner.args) == 1 and not inner.keywords):
            inner = inner.args[0]
        if isinstance(inner, ast.Name):
            found.append((node, inner.id))
    return found[0] if len(found) == 1 else None


class HttpDateDelay:
    name = "http-date-delay"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, tree, function = analysis.crash, analysis.tree, analysis.function
        if analysis.exc_type != "ValueError" or crash is None or tree is None \
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) \
                or _date_text(analysis.message) is None:
            return
        statement = analysis.statement or enclosing_statement(tree, crash.lineno)
        if statement is None or statement is function:
            return
        conversion = _conversion(statement)
        docstring = re.sub(r"\s+", " ", ast.get_docstring(function) or "")
        if conversion is None or not _HTTP_DATE.search(docstring):
            return
        if any(_REFUSED.search(s) for s in re.split(r"(?<=[.;])\s+", docstring)
               if _HTTP_DATE.search(s)):
            return  # "an HTTP date is a provider bug we do not honour"
        node, value = conversion
        clocks = [a.arg for a in [*function.args.args, *function.args.kwonlyargs]
                  if a.annotation is not None
                  and ast.unparse(a.annotation).rsplit(".", 1)[-1] == "datetime"
                  and re.search(rf"``{re.escape(a.arg)}``|`{re.escape(a.arg)}`|\b"
                                rf"{re.escape(a.arg)}\b", docstring)]
        past = _PAST.search(docstring)
        if len(clocks) != 1 or past is None:
            return  # nothing to count from, or a past date's answer is unsaid
        now = clocks[0]
        original = ast.get_source_segment(crash.source, node) or ast.unparse(node)
        date = f"max((parsedate_to_datetime({value}) - {now}).total_seconds(), 0.0)"
        source = replace_node(crash.source, node,
                              f"({original} if {value}.strip().isdigit() else {date})")
        if not re.search(r"^\s*from email\.utils import .*\bparsedate_to_datetime\b",
                         source, re.M):
            source = insert_import(source, _IMPORT)
        said = [s for s in re.split(r"(?<=[.;])\s+", docstring)
                if _HTTP_DATE.search(s) or _PAST.search(s)]
        sentence = " … ".join(dict.fromkeys(said))[:300]
        yield Candidate(
            strategy=self.name,
            description=f"`{value}` sent as an HTTP date is now waited for from `{now}` "
                        "(a date already past means 0) instead of failing to parse as a "
                        "number of seconds; a number of seconds is read as before.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract=f'the docstring of `{function.name}` says: "{sentence}"',
        )

"""Django's ``EmptyPage`` for a page past the end, answered as the view documents.

``paginator.page(n)`` raises ``EmptyPage: That page contains no results`` (a 500) for an
old link to page 7 of a list that now has 3 pages. What such a link should get is the
view's decision: a 404 (as ``ListView`` answers), an empty page, or the last page. When
the view's docstring, the comment above the call or the module docstring says a page
past the end shows the last page ("links to a page past the end keep arriving: such a
page shows the last page"), the call becomes ``paginator.get_page(n)``, Django's own
paginator method for exactly that: a number past the end gives the last page, and an
empty list its one empty first page. The argument is kept as written, so a page that is
not a number fails as it did.

A sentence that answers such a page with a 404, an error or an empty page, a "last page"
said of something else, or a page number below 1 (``That page number is less than 1``,
which the contract does not speak of) gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["PageFallsBackToLast"]

_PAST_END = re.compile(r"\b(past|beyond|after) the (end|last page)\b|\bout of range\b"
                       r"|\b(too high|too large|too far|higher than|greater than|more than) "
                       r"(the )?(number|count|last)", re.I)
_LAST_PAGE = re.compile(r"\b(shows?|gives?|serves?|returns?|answers?( with)?|displays?"
                        r"|renders?|gets?|falls? back to|lands? on|goes to|clamped to"
                        r"|redirect(s|ed)? to|is|becomes?) (the |its )?last (one|page)\b",
                        re.I)
_REFUSED = re.compile(r"\b404\b|\bnot[- ]found\b|\bHttp404\b|\berror\b|\braises?\b"
                      r"|\brejected\b|\bempty page\b|\bno entries\b", re.I)


def _sentences(texts: list[str]) -> list[str]:
    return [s.strip() for text in texts
            for s in re.split(r"(?<=\.)\s+", re.sub(r"\s*\n\s*", " ", text)) if s.strip()]


def _documented(texts: list[str]) -> str | None:
    """The sentence giving a page past the end the last page; None when none does, or
    when a sentence about such pages answers them any other way."""
    about = [s for s in _sentences(texts) if _PAST_END.search(s)]
    if any(_REFUSED.search(s) for s in about):
        return None  # "a page past the end is a 404": the view refuses it on purpose
    return next((s for s in about if _LAST_PAGE.search(s)), None)


def _comments_above(source: str, statement: ast.stmt) -> str:
    lines = source.splitlines()
    block: list[str] = []
    index = statement.lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    return " ".join(block)


def _page_calls(statement: ast.stmt, function: ast.AST) -> list[ast.Call]:
    """``paginator.page(n)`` calls of the statement whose receiver is a Django paginator:
    named so, or assigned from a ``...Paginator(...)`` call in the function."""
    built = {t.id for n in ast.walk(function) if isinstance(n, ast.Assign)
             and isinstance(n.value, ast.Call)
             and ast.unparse(n.value.func).rsplit(".", 1)[-1].endswith("Paginator")
             for t in n.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(statement):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "page" and len(node.args) == 1 and not node.keywords):
            continue
        receiver = node.func.value
        name = receiver.id if isinstance(receiver, ast.Name) else (
            receiver.attr if isinstance(receiver, ast.Attribute) else "")
        if name in built or "paginator" in name.lower():
            found.append(node)
    return found


class PageFallsBackToLast:
    name = "django-page-past-end"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "EmptyPage" or "contains no results" not in analysis.message \
                or crash is None or statement is None or function is None or tree is None \
                or statement is function:
            return  # "less than 1" is not a page past the end
        if not re.search(r"^\s*from django\.core\.paginator import|django\.core\.paginator",
                         crash.source, re.M):
            return
        calls = _page_calls(statement, function)
        if len(calls) != 1:
            return
        texts = [t for t in (ast.get_docstring(function),
                             _comments_above(crash.source, statement),
                             ast.get_docstring(tree)) if t]
        sentence = _documented(texts)
        if sentence is None:
            return
        call = calls[0]
        assert isinstance(call.func, ast.Attribute)
        receiver = ast.get_source_segment(crash.source, call.func.value) or ast.unparse(
            call.func.value)
        yield Candidate(
            strategy=self.name,
            description=f"A page past the end now shows the last page: `{receiver}.get_page()`"
                        " answers a number past the last page with the last page (and an "
                        "empty list with its one empty page) instead of raising EmptyPage.",
            edits={crash.path: replace_node(crash.source, call.func, f"{receiver}.get_page")},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract=f"the documentation says: \"{sentence[:200]}\"",
        )

"""A CSV row shorter than its header, whose missing cells the code documents as empty.

``csv.DictReader`` fills the cells missing from a short row with its ``restval``, None
by default, so ``row["notes"].strip()`` on a row that stops after the email raises
"'NoneType' object has no attribute 'strip'". Many exporters drop empty cells at the end
of a row; when the code says so and says what those cells are ("a row may be shorter
than the header: its missing cells are empty"), the reader is built with
``restval=""``: every cell a short row lacks reads as the empty cell it stands for, at
every use of the row, not only at the one that crashed.

The sentence must speak of short rows (shorter than the header, fewer cells, empty cells
dropped at the end) in the documentation of the reader or of a function of the
traceback, and say the missing cells are empty or blank. A sentence about short rows
that skips, rejects or raises on them, or that gives their cells another value, backs
nothing; nor does a reader that already sets ``restval`` or passes ``**kwargs``, or a
traceback with more than one reader to choose from.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import add_keyword
from bugstack.repair.contract_items import documentation_on_stack

__all__ = ["ShortRowsEmptyCells"]

_CELLS = r"(?:cells?|fields?|columns?|values?)"
# A row with fewer cells than the header, in the words exports are described with.
_SHORT = re.compile(
    r"\bshort(?:er)?\s+(?:than\s+(?:the|its)\s+header|rows?|lines?|records?)\b"
    r"|\b(?:rows?|lines?|records?)\s+(?:\w+\s+){0,2}short(?:er)?\b"
    rf"|\bfewer\s+{_CELLS}\b"
    rf"|\b(?:drops?|omits?|leaves?\s+out|strips?)\s+(?:the\s+)?(?:empty|blank|trailing)\s+{_CELLS}",
    re.I)
# The missing cells read as empty ones.
_EMPTY = re.compile(
    rf"\b(?:missing|absent|dropped|omitted|trailing|left-out)\s+{_CELLS}\b[^.;]{{0,40}}?"
    r"\b(?:are|is|count\s+as|read\s+as|become|mean|stand\s+for)\s+(?:empty|blank"
    r"|an?\s+empty\s+(?:string|text|cell|value)|\"\"|'')(?![\w-])", re.I)
# Short rows refused, or their cells given a value other than empty.
_OTHERWISE = re.compile(
    r"\b(?:skip(?:s|ped)?|ignor(?:e|es|ed)|reject(?:s|ed)?|rais(?:e|es|ed)|errors?|invalid"
    r"|None|null|zero)\b", re.I)


# A row lacking a cell is documented as no record at all: not imported, skipped, dropped.
_ROW_REFUSED = re.compile(
    r"\b(?:rows?|lines?|records?)\s+(?:without|with\s+no|missing|lacking)\b[^.;]*"
    r"\b(?:not\s+(?:imported|loaded|read|counted|kept|stored)|skip\w*|ignor\w*|drop\w*"
    r"|reject\w*|left\s+out|discard\w*)", re.I)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text) if s.strip()]


def _documented(texts: list[tuple[str, str]]) -> str | None:
    """Where and what says a short row's missing cells are empty; None when nothing does,
    or when any sentence about short rows or their cells answers them otherwise."""
    found: str | None = None
    for where, text in texts:
        sentences = _sentences(text)
        about = [s for s in sentences if _SHORT.search(s) or _EMPTY.search(s)]
        if any(_OTHERWISE.search(s) for s in about) or any(
                _ROW_REFUSED.search(s) for s in sentences):
            return None
        empty = next((s for s in about if _EMPTY.search(s)), None)
        if found is None and empty is not None and any(_SHORT.search(s) for s in about):
            found = f'{where} says: "{empty[:200]}"'
    return found


def _dict_readers(source: str) -> set[str]:
    """How this file names ``csv.DictReader``: ``csv.DictReader``, or the bare name (or
    alias) it imports from csv."""
    names = {f"{m.group(1)}.DictReader" for m in re.finditer(r"^\s*import csv(?: as (\w+))?$",
                                                              source, re.M)
             if m.group(1)} | ({"csv.DictReader"} if re.search(r"^\s*import csv\s*$", source,
                                                               re.M) else set())
    for m in re.finditer(r"^\s*from csv import (.+)$", source, re.M):
        for part in m.group(1).strip("()").split(","):
            words = part.split()
            if words and words[0] == "DictReader":
                names.add(words[-1])
    return names


def _readers_in(frame: LocatedFrame) -> list[tuple[ast.Call, ast.Module]]:
    """The ``csv.DictReader(...)`` calls of the function a frame ran in."""
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return []
    names = _dict_readers(frame.source)
    scope = min((n for n in ast.walk(tree)
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                 and n.lineno <= frame.lineno <= (n.end_lineno or n.lineno)),
                key=lambda n: (n.end_lineno or n.lineno) - n.lineno, default=None)
    if scope is None or not names:
        return []
    return [(n, tree) for n in ast.walk(scope)
            if isinstance(n, ast.Call) and ast.unparse(n.func) in names]


class ShortRowsEmptyCells:
    name = "csv-short-rows"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if "NoneType" not in analysis.message or analysis.exc_type not in (
                "AttributeError", "TypeError"):
            return  # a short row's cell is None: only a None can have met the code
        readers = {(frame.path, call.lineno, call.col_offset): (frame, call, tree)
                   for frame in site.frames for call, tree in _readers_in(frame)}
        if len(readers) != 1:
            return
        frame, call, tree = next(iter(readers.values()))
        if any(k.arg in (None, "restval") for k in call.keywords) or not (
                call.args or call.keywords):
            return
        texts = documentation_on_stack(site, frame, tree, call.lineno)
        contract = _documented(texts)
        if contract is None:
            return
        yield Candidate(
            strategy=self.name,
            description="A row shorter than the header now reads its missing cells as "
                        "empty: the CSV reader is built with `restval=\"\"` instead of "
                        "filling them with None.",
            edits={frame.path: add_keyword(frame.source, call, 'restval=""')},
            originals={frame.path: frame.source}, plausibility=0.8,
            contract=contract,
        )

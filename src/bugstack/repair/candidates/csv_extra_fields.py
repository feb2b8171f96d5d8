"""A record with keys beyond the columns a CSV export documents as the only ones.

``csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)`` raises "dict contains fields not
in fieldnames: 'notes'" for a record carrying a key that is not a column. When the code
says the columns are all the file may hold ("the columns the mailing house imports, and
nothing else", "no other key of a record may appear in it", "other fields are left
out"), the writer is built with ``extrasaction="ignore"``: every record is written with
those columns and its other keys are left out, as documented. Adding the keys to the
columns would put in the file what the code says must not be there; skipping the record
would drop it.

The sentence must be in the comment or docstring of the ``fieldnames`` constant, of the
writer's line, of a function of the traceback or of its module. A sentence about other
keys that calls them an error, rejects, skips or raises on them backs nothing; nor does
a writer that already sets ``extrasaction`` or passes ``**kwargs``, or a traceback with
more than one writer to choose from.
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

__all__ = ["ExtraFieldsLeftOut"]

_KEYS = r"(?:keys?|fields?|columns?|attributes?|entries)"
# A sentence about keys beyond the columns.
_ABOUT = re.compile(rf"\b(?:other|extra|additional|internal|unknown|unlisted)\s+{_KEYS}\b"
                    r"|\bnothing\s+else\b|\bonly\s+(?:these|the(?:se)?\s+\w+)\s+columns\b",
                    re.I)
# ... saying they stay out of the file.
_LEFT_OUT = re.compile(
    r"\bnothing\s+else\b"
    rf"|\bno\s+other\s+{_KEYS}\b[^.;]{{0,60}}?\b(?:may|must|should|can|will)\s+(?:ever\s+)?"
    r"(?:appear|be\s+(?:written|exported|included))"
    rf"|\b{_KEYS}\b[^.;]{{0,40}}?\b(?:are|is|get|gets)\s+(?:ignored|left\s+out|dropped|omitted"
    r"|not\s+(?:written|exported|included))"
    r"|\bonly\s+(?:these|the(?:se)?\s+\w+)\s+columns\b", re.I)
# ... or refusing them.
_OTHERWISE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|errors?|reject(?:s|ed)?|invalid|fail(?:s|ed)?|skip(?:s|ped)?"
    r"|add(?:ed)?\s+to\s+the\s+columns|must\s+be\s+listed)\b", re.I)
_MESSAGE = "dict contains fields not in fieldnames"


def _sentences(text: str) -> list[str]:
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*#?:?[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text) if s.strip()]


def _documented(texts: list[tuple[str, str]]) -> str | None:
    """Where and what says keys beyond the columns stay out; None when nothing does, or
    when a sentence about such keys refuses them."""
    found: str | None = None
    for where, text in texts:
        about = [s for s in _sentences(text) if _ABOUT.search(s)]
        if any(_OTHERWISE.search(s) for s in about):
            return None
        left_out = next((s for s in about if _LEFT_OUT.search(s)), None)
        if found is None and left_out is not None:
            found = f'{where} says: "{left_out[:200]}"'
    return found


def _writers_in(frame: LocatedFrame) -> list[tuple[ast.Call, ast.Module]]:
    """The ``DictWriter(...)`` calls of the function a frame ran in."""
    try:
        tree = ast.parse(frame.source)
    except SyntaxError:
        return []
    scope = min((n for n in ast.walk(tree)
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                 and n.lineno <= frame.lineno <= (n.end_lineno or n.lineno)),
                key=lambda n: (n.end_lineno or n.lineno) - n.lineno, default=None)
    if scope is None:
        return []
    return [(n, tree) for n in ast.walk(scope) if isinstance(n, ast.Call)
            and ast.unparse(n.func) in ("csv.DictWriter", "DictWriter")]


def _constant_comment(source: str, tree: ast.Module, call: ast.Call) -> list[tuple[str, str]]:
    """The comment block above the module constant the writer's ``fieldnames`` names."""
    given = [k.value for k in call.keywords if k.arg == "fieldnames"] + call.args[1:2]
    if len(given) != 1 or not isinstance(given[0], ast.Name):
        return []
    name = given[0].id
    lines = source.splitlines()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            above: list[str] = []
            index = node.lineno - 2
            while index >= 0 and lines[index].lstrip().startswith("#"):
                above.insert(0, lines[index].lstrip().lstrip("#:").strip())
                index -= 1
            return [(f"the comment on `{name}`", "\n".join(above))] if above else []
    return []


class ExtraFieldsLeftOut:
    name = "csv-extra-fields"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.exc_type != "ValueError" or _MESSAGE not in analysis.message:
            return
        writers = {(frame.path, call.lineno, call.col_offset): (frame, call, tree)
                   for frame in site.frames for call, tree in _writers_in(frame)}
        if len(writers) != 1:
            return
        frame, call, tree = next(iter(writers.values()))
        if any(k.arg in (None, "extrasaction") for k in call.keywords) or len(call.args) > 3:
            return
        texts = _constant_comment(frame.source, tree, call)
        texts += documentation_on_stack(site, frame, tree, call.lineno)
        contract = _documented(texts)
        if contract is None:
            return
        yield Candidate(
            strategy=self.name,
            description="A record's keys beyond the documented columns are now left out "
                        "of the file: the CSV writer is built with `extrasaction=\"ignore\"` "
                        "instead of raising on them.",
            edits={frame.path: add_keyword(frame.source, call, 'extrasaction="ignore"')},
            originals={frame.path: frame.source}, plausibility=0.8,
            contract=contract,
        )

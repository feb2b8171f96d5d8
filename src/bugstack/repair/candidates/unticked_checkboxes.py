"""A form checkbox read as ``request.POST["box"] == "on"``, where an unticked box is absent.

Browsers send a ticked checkbox as ``box=on`` and leave an unticked one out of the form
data altogether, so the subscript raises ``MultiValueDictKeyError`` (a ``KeyError``) for
every visitor who did not tick it. Where the view's docstring or comments say exactly
that (the box is a checkbox, and an unticked one is left out), ``.get("box") == "on"``
reads the absent box as unticked: the comparison is False, as it would be for any other
value. Nothing else is backed: a docstring that answers a missing box with an error, or
that does not say unticked boxes are left out, gets no candidate.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["UntickedCheckbox"]

_KEY_ERRORS = {"MultiValueDictKeyError", "KeyError"}
_CHECKBOX = re.compile(r"\bcheck\s*-?\s*box", re.I)
#: "leave an unticked one out", "unchecked boxes are not sent", "absent when unticked".
_UNTICKED_LEFT_OUT = re.compile(
    r"\bun(?:ticked|checked|selected)\b[^.]{0,80}?\b(?:out|absent|omitted|missing|not "
    r"(?:sent|submitted|included))\b|\b(?:absent|omitted|missing|left out|not (?:sent|"
    r"submitted))\b[^.]{0,80}?\bun(?:ticked|checked|selected)\b", re.I | re.S)
#: The view answering a missing box with an error instead: nothing to read as unticked.
_REFUSED = re.compile(r"\b(?:400|422|required|must (?:be )?tick|refuse[sd]?|reject(?:s|ed)?)\b",
                      re.I)


class UntickedCheckbox:
    name = "unticked-checkbox"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if analysis.exc_type not in _KEY_ERRORS or crash is None or statement is None:
            return
        if function is None:
            return
        documented = _documentation(crash.source, function)
        if not (_CHECKBOX.search(documented) and _UNTICKED_LEFT_OUT.search(documented)):
            return
        if _REFUSED.search(documented):
            return
        key = analysis.message.strip().strip("'\"")
        for node in ast.walk(statement):
            subscript = _ticked_test(node, key)
            if subscript is None:
                continue
            form = ast.get_source_segment(crash.source, subscript.value) or ""
            if not form.endswith((".POST", ".GET")):
                return
            new = replace_node(crash.source, subscript, f"{form}.get({key!r})")
            yield Candidate(
                strategy=self.name,
                description=f"An unticked `{key}` checkbox, which the browser leaves out of "
                            f"the form, now reads as unticked instead of raising.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=0.9,
                contract="the view documents that an unticked checkbox is left out of the "
                         f"form data: \"{' '.join(documented.split())[:160]}\"",
            )
            return


def _ticked_test(node: ast.AST, key: str) -> ast.Subscript | None:
    """``form["key"]`` of a ``form["key"] == "on"`` (either side), else None."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq)):
        return None
    for side, other in ((node.left, node.comparators[0]), (node.comparators[0], node.left)):
        if (isinstance(side, ast.Subscript) and isinstance(side.slice, ast.Constant)
                and side.slice.value == key and isinstance(other, ast.Constant)
                and isinstance(other.value, str) and other.value):
            return side
    return None


def _documentation(source: str, function: ast.AST) -> str:
    """The function's docstring and the comments inside it."""
    docstring = ast.get_docstring(function) if isinstance(
        function, ast.FunctionDef | ast.AsyncFunctionDef) else None
    lines = source.splitlines()
    start = getattr(function, "lineno", 1)
    end = getattr(function, "end_lineno", start) or start
    comments = [line.split("#", 1)[1] for line in lines[start - 1:end] if "#" in line
                and line.lstrip().startswith("#")]
    return " ".join([docstring or "", *comments])

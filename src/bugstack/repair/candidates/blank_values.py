"""A blank field parsed as a number: ``int(row["quantity"])`` with ``""``.

Only when the module names what a blank means (``DEFAULT_QUANTITY``) does the blank get
that value; catching the ValueError broadly would also swallow malformed data.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract import named_default

__all__ = ["BlankValue"]

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

"""Sorting on a field that can be None: ``'<' not supported between 'NoneType' and 'str'``.

Where the records without the field go is a decision the docstring must make ("people
without a surname come last"); the sort key then orders by "is it missing" first. With
no such sentence there is no candidate: putting them first or last would be a guess.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["NoneSortKey"]

_MESSAGE = re.compile(r"'[<>]=?' not supported between instances of '(\w+)' and '(\w+)'")
_EMPTY = {"str": '""', "int": "0", "float": "0.0"}


def _placement(docstring: str, field: str) -> str | None:
    """``last`` or ``first``, when the docstring says where records without ``field`` go."""
    words = field.replace("_", " ")
    names = f"{re.escape(field)}|{re.escape(words)}"
    pattern = rf"(without|no|missing)\s+(an?\s+)?({names})\b[^.]*?\b(last|first)\b"
    match = re.search(pattern, docstring, re.I)
    return match.group(4).lower() if match else None


class NoneSortKey:
    name = "none-sort-key"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        match = _MESSAGE.search(analysis.message)
        if match is None or crash is None or statement is None or function is None:
            return
        types = {match.group(1), match.group(2)}
        if "NoneType" not in types:
            return
        other = (types - {"NoneType"} or {"NoneType"}).pop()
        if other not in _EMPTY:
            return
        docstring = ast.get_docstring(function) or ""
        for node in ast.walk(statement):
            if not (isinstance(node, ast.keyword) and node.arg == "key"
                    and isinstance(node.value, ast.Lambda)):
                continue
            body = node.value.body
            parts = body.elts if isinstance(body, ast.Tuple) else [body]
            for part in parts:
                if not isinstance(part, ast.Attribute):
                    continue
                placement = _placement(docstring, part.attr)
                if placement is None:
                    continue
                text = ast.get_source_segment(crash.source, part) or ast.unparse(part)
                missing = "is None" if placement == "last" else "is not None"
                replacement = f"{text} {missing}, {text} or {_EMPTY[other]}"
                if not isinstance(body, ast.Tuple):
                    replacement = f"({replacement})"
                yield Candidate(
                    strategy=self.name,
                    description=f"Records whose `{part.attr}` is None now sort {placement}, "
                                "as the docstring says, instead of failing to compare.",
                    edits={crash.path: replace_node(crash.source, part, replacement)},
                    originals={crash.path: crash.source}, plausibility=0.85,
                    contract=f"the docstring says records without {part.attr} come "
                             f"{placement}",
                )

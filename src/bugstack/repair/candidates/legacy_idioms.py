"""Python 2 spellings that Python 3 removed, replaced by their exact equivalents:
``d.has_key(k)`` -> ``k in d``, ``d.iteritems()`` -> ``d.items()`` and the like. The
behaviour is the same by definition, which is the contract here."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes

__all__ = ["LegacyIdioms"]

_RENAMED = {"iteritems": "items", "iterkeys": "keys", "itervalues": "values"}
_MESSAGE = re.compile(r"'dict' object has no attribute '(has_key|iteritems|iterkeys|itervalues)'")


class LegacyIdioms:
    name = "python3-idiom"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        match = _MESSAGE.search(analysis.message)
        if analysis.exc_type != "AttributeError" or match is None or crash is None:
            return
        if statement is None:
            return
        method = match.group(1)
        source = crash.source
        replacements: list[tuple[ast.AST, str]] = []
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == method):
                continue
            owner = ast.get_source_segment(source, node.func.value) or ast.unparse(node.func.value)
            if method == "has_key" and len(node.args) == 1 and not node.keywords:
                key = ast.get_source_segment(source, node.args[0]) or ast.unparse(node.args[0])
                replacements.append((node, f"{key} in {owner}"))
            elif method in _RENAMED and not node.args:
                replacements.append((node, f"{owner}.{_RENAMED[method]}()"))
        if not replacements:
            return
        spelled = "`key in mapping`" if method == "has_key" else f"`.{_RENAMED[method]}()`"
        yield Candidate(
            strategy=self.name,
            description=f"`dict.{method}` no longer exists in Python 3; the code now uses "
                        f"{spelled}, its exact replacement.",
            edits={crash.path: replace_nodes(source, replacements)},
            originals={crash.path: source}, plausibility=0.9,
            contract=f"{spelled} is what Python 3 replaced `dict.{method}` with",
        )

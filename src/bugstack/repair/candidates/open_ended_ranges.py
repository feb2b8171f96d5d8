"""A range's end left blank, where the code documents an open-ended range.

``min(int(last) + 1, total)`` raises "invalid literal for int() with base 10: ''" for the
header ``items=21-``. The ``min`` already says where the range stops at the latest (the
``total``); when the documentation around the crash says a missing end means open-ended
("``items=START-`` means from START to the last event, like an open-ended byte range"),
a blank end is that latest stop::

    return int(first), (min(int(last) + 1, total) if last else total)

Answering 400, or ignoring the header and sending everything, would refuse or overshoot
what the client asked for. Only a blank text (``''`` in the message) converted by
``int()`` of a plain name, inside a two-argument ``min()`` whose other argument holds no
such conversion, with a sentence of the documentation calling the range open-ended (or
running "to the last", "to the end"), is handled; a sentence refusing it backs nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["OpenEndedRange"]

_OPEN = re.compile(r"\bopen[- ]ended\b|\bto the (?:last|end)\b|\bthrough the (?:last|end)\b"
                   r"|\bup to the (?:last|end)\b", re.I)
_REFUSED = re.compile(r"\b(?:reject\w*|refuse\w*|raises?|error|invalid|400|416|not|never|no"
                      r"|unsupported|no\s+longer|used\s+to)\b|n't\b", re.I)


def _blank_conversions(node: ast.AST) -> list[ast.Name]:
    return [call.args[0] for call in ast.walk(node)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and call.func.id == "int" and len(call.args) == 1 and not call.keywords
            and isinstance(call.args[0], ast.Name)]


class OpenEndedRange:
    name = "open-ended-range"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if not analysis.exc_type.endswith("ValueError") or crash is None \
                or statement is None or tree is None \
                or analysis.message != "invalid literal for int() with base 10: ''":
            return
        said = next((s for _, text in documentation_on_stack(site, crash, tree, crash.lineno)
                     for s in sentences(text) if _OPEN.search(s) and not _REFUSED.search(s)),
                    None)
        if said is None:
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "min" and len(node.args) == 2 and not node.keywords):
                continue
            ends = [(arg, cap) for arg, cap in (node.args, node.args[::-1])
                    if _blank_conversions(arg) and not _blank_conversions(cap)]
            if len(ends) != 1:
                continue
            end, cap = ends[0]
            names = {n.id for n in _blank_conversions(end)}
            if len(names) != 1 or analysis.values.get(next(iter(names)), "''") != "''":
                continue
            name = names.pop()
            text = ast.get_source_segment(crash.source, node) or ast.unparse(node)
            stop = ast.get_source_segment(crash.source, cap) or ast.unparse(cap)
            yield Candidate(
                strategy=self.name,
                description=f"A blank `{name}` now means an open-ended range, which stops at "
                            f"`{stop}` as the `min()` already does, instead of raising "
                            "ValueError.",
                edits={crash.path: replace_node(crash.source, node,
                                                f"({text} if {name} else {stop})")},
                originals={crash.path: crash.source},
                plausibility=0.8, contract=f'the documentation says: "{said[:200]}"',
            )

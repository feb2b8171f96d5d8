"""A field JSON cannot encode, where sibling code writes the same field of the same kind of
object through one conversion.

``jsonify({... "tags": p.tags ...})`` raises "Object of type set is not JSON serializable",
while ``post_json`` of the same module writes ``"tags": sorted(post.tags)``. The module
has decided how that field goes out (sorted, since ``Post.tags`` says tags are listed
alphabetically), so the crashing dict writes it the same way: ``"tags": sorted(p.tags)``.
``list(p.tags)`` would list them in a different order per process.

Backing, all required: the error names the refused type; the crashing statement has a dict
display whose constant key maps to an attribute read (``p.tags``); every other dict display
of the module with that key maps it to one call of one function (a builtin such as
``sorted`` or a function of the module) on the same attribute of another object
(``sorted(post.tags)``); and at least one such sibling exists.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["AnalogousDictValue"]

_REFUSED = re.compile(r"Object of type '?(\w+)'? is not JSON serializable")


def _fields(node: ast.AST) -> Iterator[tuple[str, ast.expr]]:
    for display in ast.walk(node):
        if isinstance(display, ast.Dict):
            for key, value in zip(display.keys, display.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value, value


class AnalogousDictValue:
    name = "analogous-dict-value"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        if crash is None or statement is None or tree is None \
                or not _REFUSED.search(analysis.message):
            return
        crashing = {id(v) for _, v in _fields(statement)}
        for key, value in _fields(statement):
            if not isinstance(value, ast.Attribute):
                continue
            conversions = {ast.unparse(sibling.func) for name, sibling in _fields(tree)
                           if name == key and id(sibling) not in crashing
                           and isinstance(sibling, ast.Call) and len(sibling.args) == 1
                           and not sibling.keywords
                           and isinstance(sibling.func, ast.Name)
                           and isinstance(sibling.args[0], ast.Attribute)
                           and sibling.args[0].attr == value.attr}
            if len(conversions) != 1:
                continue
            function = conversions.pop()
            written = ast.get_source_segment(crash.source, value) or ast.unparse(value)
            yield Candidate(
                strategy=self.name,
                description=f"`{written}` now goes out as `{function}({written})`, the way "
                            f"the module writes the \"{key}\" field elsewhere.",
                edits={crash.path: replace_node(crash.source, value, f"{function}({written})")},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f"the module writes \"{key}\" as `{function}(...{value.attr})` "
                         "elsewhere",
            )

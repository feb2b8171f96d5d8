"""A number parser that swaps the module's decimal separator but ignores its thousands one.

``Decimal(text.strip().replace(DECIMAL_SEPARATOR, "."))`` raises InvalidOperation for the
bank's ``"2.450,00"`` when the module also defines ``THOUSANDS_SEPARATOR = "."``: the
parser turns the comma into a point and leaves the grouping point in. The module's own
constant says what that point is, so it is dropped first::

    Decimal(text.strip().replace(THOUSANDS_SEPARATOR, "").replace(DECIMAL_SEPARATOR, "."))

Skipping the line loses the money; stripping every point and comma loses the cents.

Backing, all required: a module constant whose name speaks of thousands (or digit
groups) bound to a one-character text the function does not use yet, a
``.replace(CONSTANT, ".")`` of a constant whose name speaks of the decimal mark, and a
captured amount that is, as a whole, digits grouped in threes by that character with at
most a decimal part after the decimal mark (``2.450,00``; not ``1,250.500`` nor
``1.2.500,000``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["ThousandsConstantDropped"]


def _text_constants(tree: ast.Module) -> dict[str, str]:
    return {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Name)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}


class ThousandsConstantDropped:
    name = "thousands-constant"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or function is None or tree is None \
                or analysis.exc_type not in {"InvalidOperation", "ValueError",
                                             "ConversionSyntax", "DecimalException"}:
            return
        constants = _text_constants(tree)
        used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        groups = [name for name, value in constants.items()
                  if re.search(r"THOUSAND|GROUP", name) and len(value) == 1 and name not in used]
        if len(groups) != 1:
            return
        group = groups[0]
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "replace" and len(node.args) == 2
                    and isinstance(node.args[0], ast.Name)
                    and re.search(r"DECIMAL", node.args[0].id)
                    and node.args[0].id in constants):
                continue
            captured = [analysis.values.get(n.id) for n in ast.walk(node.func.value)
                        if isinstance(n, ast.Name)]
            mark, decimal = re.escape(constants[group]), re.escape(constants[node.args[0].id])
            # The whole amount grouped in threes, the decimal mark after the groups: a
            # "1,250.500" written the other way round is no such amount (adversarial review).
            whole = re.compile(rf"['\"]\s*[-+]?\d{{1,3}}(?:{mark}\d{{3}})+"
                               rf"(?:{decimal}\d+)?\s*['\"]")
            if not any(text and whole.fullmatch(text) for text in captured):
                continue
            base = ast.get_source_segment(crash.source, node.func.value) or ""
            rest = ast.get_source_segment(crash.source, node) or ""
            quote = '"' if '"' in rest else "'"
            yield Candidate(
                strategy=self.name,
                description=f"The thousands separator `{group}` is now dropped before the "
                            f"decimal mark is read, instead of being left in the number.",
                edits={crash.path: replace_node(
                    crash.source, node.func.value,
                    f"{base}.replace({group}, {quote}{quote})")},
                originals={crash.path: crash.source}, plausibility=0.8,
                contract=f"the module defines `{group} = {constants[group]!r}`, and the "
                         f"captured amount groups its digits with it",
            )
            return

"""A capped value whose uncapped side overflows a float before ``min()`` can cap it.

``min(cap, base * 2 ** (attempt - 1))`` raises "OverflowError: int too large to convert
to float" once ``attempt`` passes about 1024: the power is an int, and multiplying it by
a float ``base`` converts it. A value too large for any float is larger than any finite
cap, so the ``min()`` would have answered the cap; the fix says exactly that::

    try:
        return min(cap, base * 2 ** (attempt - 1))
    except OverflowError:  # past any float, so past the cap
        return cap

The docstring must say the value is capped ("never more than ``cap``", "at most",
"capped"), the statement must return or assign one two-argument ``min()`` whose other
argument is a plain name or number (the cap), and the overflowing side must hold a power.
Returning 0 or the base delay would retry a long outage at full speed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["OverflowPastCap"]

_CAPPED = re.compile(r"\b(?:never\s+more\s+than|no\s+more\s+than|at\s+most|capped|cap(?:s|ped)?\s+"
                     r"at|up\s+to|not\s+(?:more|longer)\s+than)\b", re.I)


class OverflowPastCap:
    name = "overflow-past-cap"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("OverflowError") or crash is None \
                or function is None or not isinstance(statement, ast.Return | ast.Assign) \
                or statement.lineno != statement.end_lineno:
            return
        call = statement.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "min" and len(call.args) == 2 and not call.keywords):
            return
        caps = [(cap, other) for cap, other in (call.args, call.args[::-1])
                if isinstance(cap, ast.Name | ast.Constant)
                and any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)
                        for n in ast.walk(other))]
        said = next((s for s in sentences(ast.get_docstring(function) or "")
                     if _CAPPED.search(s)), None)
        if len(caps) != 1 or said is None:
            return
        cap = ast.unparse(caps[0][0])
        source = crash.source
        indent, step = indentation_of(source, statement.lineno), indent_unit(source)
        text = ast.get_source_segment(source, statement) or ast.unparse(statement)
        fallback = f"return {cap}" if isinstance(statement, ast.Return) else replace_node(
            text, ast.parse(text).body[0].value, cap)  # type: ignore[attr-defined]
        block = (f"try:\n{indent}{step}{text}\n{indent}except OverflowError:"
                 f"  # past any float, so past the cap\n{indent}{step}{fallback}")
        yield Candidate(
            strategy=self.name,
            description=f"A value too large for a float is now capped at `{cap}`, which the "
                        "`min()` would have answered, instead of raising OverflowError.",
            edits={crash.path: replace_node(source, statement, block)},
            originals={crash.path: source}, plausibility=0.8,
            contract=f'the docstring says: "{said[:200]}"',
        )
